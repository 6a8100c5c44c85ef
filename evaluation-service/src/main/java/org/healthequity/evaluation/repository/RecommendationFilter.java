package org.healthequity.evaluation.repository;

import java.time.LocalDate;

/** What a recommendation listing is narrowed to; null fields do not narrow it. */
public record RecommendationFilter(Evaluation evaluation, RecommendationStatus status, String ownerOrganisation,
        String workstream, Integer principle, Boolean overdue, LocalDate today) {

    public static RecommendationFilter ofEvaluation(Evaluation evaluation) {
        return new RecommendationFilter(evaluation, null, null, null, null, null, null);
    }
}
