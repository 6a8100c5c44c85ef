package org.healthequity.workstreams.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.healthequity.common.period.PeriodType;
import org.healthequity.common.persistence.AuditedEntity;

/** A key performance indicator of a workstream, with its baseline and, in child rows, targets and actuals. */
@Entity
@Table(name = "kpi")
public class Kpi extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workstream_id", nullable = false, updatable = false)
    public Workstream workstream;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KpiDirection direction;

    /** Whether actuals are amounts per period that add up over the periods, against running-total targets. */
    @Column(nullable = false)
    public boolean cumulative;

    /** The one kind of period its targets and actuals are for. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodType frequency;

    /** The organisation that reports its actuals; partners of other organisations cannot. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    public Organisation owner;

    @Column(name = "baseline_period")
    public String baselinePeriod;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    /** The percentage of the population the KPI serves that lives in the most deprived 20 %, and where it is from. */
    @Column(name = "most_deprived_population_share")
    public BigDecimal mostDeprivedPopulationShare;

    @Column(name = "most_deprived_population_source")
    public String mostDeprivedPopulationSource;

    @OneToMany(mappedBy = "kpi", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period.sortKey")
    public List<KpiTarget> targets = new ArrayList<>();
}
