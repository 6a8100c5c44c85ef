package org.healthequity.indicators.statistics;

/**
 * A crude rate {@code x/n·m} with exact Poisson limits below 10 events and Byar's from 10. More events than
 * population is allowed (repeat admissions, for instance).
 */
public final class CrudeRate implements StatisticalMethod<CrudeRate.Input> {

    public record Input(double count, double denominator, double multiplier) {
    }

    @Override
    public Estimate estimate(Input input, double confidence) {
        Distributions.requireConfidence(confidence);
        double x = input.count();
        double n = input.denominator();
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new InvalidInputException("count", "count must be zero or more");
        }
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new InvalidInputException("denominator", "denominator must be more than zero");
        }
        if (!(input.multiplier() > 0)) {
            throw new InvalidInputException("multiplier", "multiplier must be more than zero, such as 100000");
        }
        double[] limits = CountLimits.limits(x, confidence);
        double scale = input.multiplier() / n;
        return new Estimate(x * scale, limits[0] * scale, limits[1] * scale, confidence,
                "rate per " + WilsonProportion.format(input.multiplier()),
                x < CountLimits.EXACT_BELOW ? "Exact" : "Byars", null);
    }
}
