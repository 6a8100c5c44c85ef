package org.healthequity.workstreams.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.healthequity.workstreams.mapping.EvidenceLink;
import org.healthequity.workstreams.mapping.ReachCount;

/** What a KPI measured in a period, who reported it with what evidence, and whether the lead accepted it. */
@Entity
@Table(name = "kpi_actual")
public class KpiActual {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kpi_id", nullable = false, updatable = false)
    public Kpi kpi;

    @Embedded
    public ReportingPeriod period;

    @Column(nullable = false)
    public BigDecimal value;

    /** Titled links to the documents behind the value. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_links", nullable = false)
    public List<EvidenceLink> evidenceLinks = new ArrayList<>();

    /** The actual broken down by deprivation quintile, ward, ethnic group, sex or age band. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ReachCount> breakdowns = new ArrayList<>();

    /** How many times the reporter has submitted it: more than one after a return or a rejection. */
    @Column(nullable = false)
    public int submissions = 1;

    public String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActualStatus status;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** The reporter's organisation (from the token), when a partner reported it. */
    public String organisation;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_note")
    public String reviewNote;

    @Version
    @Column(nullable = false)
    public long version;
}
