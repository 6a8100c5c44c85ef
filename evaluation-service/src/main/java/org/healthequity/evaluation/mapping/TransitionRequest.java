package org.healthequity.evaluation.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.RecommendationStatus;

@Schema(name = "RecommendationTransition", description = "A move of a recommendation's status")
public record TransitionRequest(
        @NotNull @Schema(examples = "ACCEPTED") RecommendationStatus status,
        @Size(max = 2000) @Schema(description = "Required for NOT_TAKEN_FORWARD",
                examples = "Agreed by the Health Equity Town Board") String reason,
        // No fixed example: any fixed date falls before some recommendation's last change; Swagger UI offers today.
        @Schema(description = "When it took effect; today when omitted. Never in the future, never before the last "
                + "change") LocalDate date) {
}
