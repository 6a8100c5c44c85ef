package org.healthequity.workstreams.repository;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A KPI's RAG in one period, as the rule of {@link #ruleVersion} computed it when targets or actuals last changed. */
@Entity
@Table(name = "kpi_period_status")
@IdClass(KpiPeriodStatus.Key.class)
public class KpiPeriodStatus {

    @Id
    @Column(name = "kpi_id")
    public Long kpiId;

    @Id
    @Column(name = "period_label")
    public String periodLabel;

    @Column(name = "period_sort_key", nullable = false)
    public int periodSortKey;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    public BigDecimal target;

    /** The period's approved actual. */
    public BigDecimal actual;

    /** What was held against the target: the actual, or for a cumulative KPI the running total. */
    @Column(name = "compared_value")
    public BigDecimal comparedValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "actual_status")
    public ActualStatus actualStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KpiRag rag;

    @Column(nullable = false)
    public String reason;

    @Column(name = "rule_version", nullable = false)
    public String ruleVersion;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    public static class Key implements Serializable {
        public Long kpiId;
        public String periodLabel;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kpiId, key.kpiId)
                    && Objects.equals(periodLabel, key.periodLabel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kpiId, periodLabel);
        }
    }
}
