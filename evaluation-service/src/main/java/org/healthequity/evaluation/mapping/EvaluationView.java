package org.healthequity.evaluation.mapping;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.EvaluationStatus;

@Schema(name = "Evaluation")
public record EvaluationView(
        long id,
        @Schema(examples = "Health Equity Town evaluation") String title,
        @Schema(examples = "2023/24") String period,
        EvaluationStatus status,
        List<String> aims,
        String method,
        String publicationUrl,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {
}
