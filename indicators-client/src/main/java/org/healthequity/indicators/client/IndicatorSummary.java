package org.healthequity.indicators.client;

/** An indicator as indicators-service describes it, in the fields other services use. */
public record IndicatorSummary(int id, String name, int principle, String unit, String polarity) {
}
