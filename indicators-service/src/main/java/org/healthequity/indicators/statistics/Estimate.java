package org.healthequity.indicators.statistics;

/**
 * A statistic with its confidence interval, in the shape every method returns (PHEindicatormethods' {@code value,
 * lowercl, uppercl, confidence, statistic, method}). {@code value} and the limits are null when the method
 * withholds them, and {@code note} then says why.
 */
public record Estimate(Double value, Double lowerCi, Double upperCi, double confidence, String statistic,
        String method, String note) {

    public static Estimate withheld(double confidence, String statistic, String method, String note) {
        return new Estimate(null, null, null, confidence, statistic, method, note);
    }

    public Estimate scaled(double factor) {
        return new Estimate(times(value, factor), times(lowerCi, factor), times(upperCi, factor), confidence,
                statistic, method, note);
    }

    private static Double times(Double number, double factor) {
        return number == null ? null : number * factor;
    }
}
