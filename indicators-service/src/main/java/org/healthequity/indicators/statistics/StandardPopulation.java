package org.healthequity.indicators.statistics;

import java.util.List;

/** Standard populations for direct standardisation. */
public enum StandardPopulation {

    /** European Standard Population 2013: 19 bands 0–4, 5–9, …, 85–89, 90+, summing to 100 000. */
    ESP2013(List.of(5000.0, 5500.0, 5500.0, 5500.0, 6000.0, 6000.0, 6500.0, 7000.0, 7000.0, 7000.0, 7000.0, 6500.0,
            6000.0, 5500.0, 5000.0, 4000.0, 2500.0, 1500.0, 1000.0)),
    /** Weights given band by band with the data ({@code standardPopulation} on each band). */
    CUSTOM(List.of());

    private final List<Double> weights;

    StandardPopulation(List<Double> weights) {
        this.weights = weights;
    }

    public List<Double> weights() {
        return weights;
    }
}
