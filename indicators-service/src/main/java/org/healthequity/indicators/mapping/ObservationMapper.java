package org.healthequity.indicators.mapping;

import org.healthequity.indicators.repository.Observation;

public final class ObservationMapper {

    private ObservationMapper() {
    }

    public static ObservationView toView(Observation observation, String indicatorName, String areaName,
            ObservationView.Computed computed) {
        boolean anyReported = observation.reportedTrend != null || observation.reportedVsEngland != null
                || observation.reportedVsRegion != null || observation.reportedVsNeighbours != null;
        return new ObservationView(observation.id, observation.indicatorId, indicatorName, observation.areaCode,
                areaName, PeriodView.of(observation.period), observation.sex, observation.age,
                emptyToNull(observation.categoryType), emptyToNull(observation.category), observation.value,
                observation.count, observation.denominator, observation.lowerCi95, observation.upperCi95,
                observation.lowerCi998, observation.upperCi998, observation.limitsSource, observation.valueNote,
                observation.status,
                anyReported ? new ObservationView.Reported(observation.reportedTrend, observation.reportedVsEngland,
                        observation.reportedVsRegion, observation.reportedVsNeighbours) : null, computed,
                observation.source, observation.importId, observation.createdAt, observation.createdBy,
                observation.updatedAt, observation.updatedBy);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
