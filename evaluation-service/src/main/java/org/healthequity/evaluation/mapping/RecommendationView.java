package org.healthequity.evaluation.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.Recommendation;
import org.healthequity.evaluation.repository.RecommendationStatus;

@Schema(name = "Recommendation", description = "A recommendation of an evaluation and where it stands")
public record RecommendationView(
        long id,
        long evaluationId,
        String text,
        @Schema(examples = "lbc") String ownerOrganisation,
        LocalDate dueDate,
        Integer principle,
        @Schema(examples = "housing") String workstream,
        RecommendationStatus status,
        @Schema(description = "Why, for NOT_TAKEN_FORWARD; the note of the last transition otherwise")
        String statusReason,
        @Schema(description = "The day the current status took effect") LocalDate statusDate,
        @Schema(description = "The statuses it may move to now") List<RecommendationStatus> availableTransitions,
        @Schema(description = "Past its due date and not implemented or dropped") boolean overdue,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static RecommendationView of(Recommendation recommendation, LocalDate today) {
        return new RecommendationView(recommendation.id, recommendation.evaluation.id, recommendation.text,
                recommendation.ownerOrganisation, recommendation.dueDate, recommendation.principle,
                recommendation.workstream, recommendation.status, recommendation.statusReason,
                recommendation.statusDate, recommendation.status.next(), recommendation.isOverdue(today),
                recommendation.createdAt, recommendation.createdBy, recommendation.updatedAt,
                recommendation.updatedBy);
    }
}
