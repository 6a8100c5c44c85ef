package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActualStatus;
import org.healthequity.workstreams.repository.KpiActual;

@Schema(name = "KpiActual", description = "A reported actual of a KPI and its review")
public record ActualView(long id, long kpiId, @Schema(examples = "2024/25") String period, BigDecimal value,
        String evidence, ActualStatus status, String submittedBy, Instant submittedAt, String organisation,
        String reviewedBy, Instant reviewedAt, String reviewNote) {

    public static ActualView of(KpiActual actual) {
        return new ActualView(actual.id, actual.kpi.id, actual.period.label, actual.value, actual.evidence,
                actual.status, actual.submittedBy, actual.submittedAt, actual.organisation, actual.reviewedBy,
                actual.reviewedAt, actual.reviewNote);
    }
}
