package org.healthequity.evaluation.mapping;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.RecommendationStatus;
import org.healthequity.evaluation.repository.StatusChange;

@Schema(name = "StatusChange", description = "One dated status of a recommendation")
public record StatusChangeView(RecommendationStatus from, RecommendationStatus to, String reason,
        LocalDate effectiveDate, String changedBy, Instant changedAt) {

    public static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(change.from, change.to, change.reason, change.effectiveDate, change.changedBy,
                change.changedAt);
    }
}
