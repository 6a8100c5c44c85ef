package org.healthequity.workstreams.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.Rag;
import org.healthequity.workstreams.repository.WorkplanAction;

@Schema(name = "Action", description = "An action in a workplan")
public record ActionView(
        long id,
        long workplanId,
        @Schema(examples = "housing") String workstream,
        @Schema(examples = "2024/25") String year,
        String title,
        String description,
        @Schema(examples = "nea") String ownerOrganisation,
        String lead,
        LocalDate startDate,
        LocalDate dueDate,
        ActionStatus status,
        Rag rag,
        String ragReason,
        @Schema(description = "Past its due date and neither completed nor cancelled") boolean overdue,
        Long kpiId,
        String recommendation,
        @Schema(description = "Ids of the evaluation recommendations (evaluation-service) it answers")
        List<Long> answersRecommendations,
        @Schema(description = "The activity of the workstream's logic model it carries out") String activity,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static ActionView of(WorkplanAction action, LocalDate today) {
        return new ActionView(action.id, action.workplan.id, action.workplan.workstream.slug, action.workplan.year,
                action.title, action.description, action.owner.slug, action.lead, action.startDate, action.dueDate,
                action.status, action.rag, action.ragReason, action.isOverdue(today),
                action.kpi == null ? null : action.kpi.id,
                action.recommendation == null ? null : action.recommendation.code,
                action.answersRecommendations.stream().sorted().toList(), action.activity, action.createdAt,
                action.createdBy, action.updatedAt, action.updatedBy);
    }
}
