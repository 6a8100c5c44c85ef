package org.healthequity.workstreams.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.Workplan;
import org.healthequity.workstreams.repository.WorkplanStatus;
import org.healthequity.workstreams.repository.WorkplanStep;

@Schema(name = "Workplan", description = "A workstream's plan for a financial year")
public record WorkplanView(
        long id,
        @Schema(examples = "housing") String workstream,
        @Schema(examples = "2024/25") String year,
        @Schema(examples = "2024-04-01") LocalDate start,
        @Schema(examples = "2025-03-31") LocalDate end,
        @Schema(examples = "Housing workplan 2024/25") String title,
        List<String> priorities,
        WorkplanStatus status,
        @Schema(description = "The transitions its status allows now") List<WorkplanStep> availableTransitions,
        String submittedBy,
        Instant submittedAt,
        String signedOffBy,
        Instant signedOffAt,
        String closedBy,
        Instant closedAt,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static WorkplanView of(Workplan plan) {
        return new WorkplanView(plan.id, plan.workstream.slug, plan.year, plan.periodStart, plan.periodEnd, plan.title,
                List.copyOf(plan.priorities), plan.status, WorkplanStep.availableFrom(plan.status), plan.submittedBy,
                plan.submittedAt, plan.signedOffBy, plan.signedOffAt, plan.closedBy, plan.closedAt, plan.createdAt,
                plan.createdBy, plan.updatedAt, plan.updatedBy);
    }
}
