package org.healthequity.evaluation.repository;

import java.util.List;

/**
 * Where a recommendation stands. It moves forward one step at a time (proposed, accepted, in progress, implemented)
 * or, from any step before implemented, is not taken forward, with a reason. Implemented and not taken forward are
 * final.
 */
public enum RecommendationStatus {
    PROPOSED,
    ACCEPTED,
    IN_PROGRESS,
    IMPLEMENTED,
    NOT_TAKEN_FORWARD;

    public List<RecommendationStatus> next() {
        return switch (this) {
            case PROPOSED -> List.of(ACCEPTED, NOT_TAKEN_FORWARD);
            case ACCEPTED -> List.of(IN_PROGRESS, NOT_TAKEN_FORWARD);
            case IN_PROGRESS -> List.of(IMPLEMENTED, NOT_TAKEN_FORWARD);
            case IMPLEMENTED, NOT_TAKEN_FORWARD -> List.of();
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
