package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActualStatus;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiPeriodStatus;
import org.healthequity.workstreams.repository.KpiRag;

@Schema(name = "KpiValue", description = "A KPI's target, actual and RAG in one period, with the version of the rule "
        + "that computed the RAG")
public record KpiValueView(
        long kpiId,
        String kpi,
        @Schema(examples = "business-skills-employment") String workstream,
        @Schema(examples = "2024/25 Q2") String period,
        LocalDate periodStart,
        BigDecimal target,
        @Schema(description = "The approved actual") BigDecimal actual,
        @Schema(description = "The status of the period's latest actual, approved or not") ActualStatus actualStatus,
        @Schema(description = "What was held against the target: the actual, or for a cumulative KPI the running "
                + "total of approved actuals") BigDecimal comparedValue,
        KpiRag rag,
        String reason,
        @Schema(examples = "kpi-rag-1") String ruleVersion,
        Instant computedAt) {

    public static KpiValueView of(Kpi kpi, KpiPeriodStatus status) {
        return new KpiValueView(kpi.id, kpi.name, kpi.workstream.slug, status.periodLabel, status.periodStart,
                status.target, status.actual, status.actualStatus, status.comparedValue, status.rag, status.reason,
                status.ruleVersion, status.computedAt);
    }
}
