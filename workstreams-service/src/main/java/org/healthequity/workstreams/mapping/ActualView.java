package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActualStatus;
import org.healthequity.workstreams.repository.KpiActual;

@Schema(name = "KpiActual", description = "A reported actual of a KPI and its review")
public record ActualView(long id, long kpiId, @Schema(examples = "2024/25") String period, BigDecimal value,
        String evidence, List<EvidenceLink> evidenceLinks,
        @Schema(description = "The actual broken down by deprivation quintile, ward, ethnic group, sex or age band")
        List<ReachCount> breakdowns, ActualStatus status,
        @Schema(description = "How many times it was submitted: more than one after a return or a rejection")
        int submissions, String submittedBy, Instant submittedAt, String organisation, String reviewedBy,
        Instant reviewedAt, String reviewNote) {

    public static ActualView of(KpiActual actual) {
        return new ActualView(actual.id, actual.kpi.id, actual.period.label, actual.value, actual.evidence,
                List.copyOf(actual.evidenceLinks), List.copyOf(actual.breakdowns), actual.status, actual.submissions,
                actual.submittedBy,
                actual.submittedAt, actual.organisation, actual.reviewedBy, actual.reviewedAt, actual.reviewNote);
    }
}
