package org.healthequity.indicators.statistics;

/**
 * A proportion with Wilson score limits: {@code (2x + z² ∓ z√(z² + 4x(1−x/n))) / (2(n+z²))}, times the multiplier
 * (1 for a proportion, 100 for a percentage).
 */
public final class WilsonProportion implements StatisticalMethod<WilsonProportion.Input> {

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
        if (x > n) {
            throw new InvalidInputException("count", "count (" + x + ") cannot exceed the denominator (" + n
                    + ") for a proportion");
        }
        if (!(input.multiplier() > 0)) {
            throw new InvalidInputException("multiplier", "multiplier must be more than zero, such as 1 or 100");
        }
        double[] limits = limits(x, n, confidence);
        double m = input.multiplier();
        return new Estimate(x / n * m, limits[0] * m, limits[1] * m, confidence,
                m == 100 ? "percentage" : "proportion of " + format(m), "Wilson", null);
    }

    static double[] limits(double x, double n, double confidence) {
        double z = Distributions.z(confidence);
        double z2 = z * z;
        double root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
        double denominator = 2 * (n + z2);
        return new double[] { (2 * x + z2 - root) / denominator, (2 * x + z2 + root) / denominator };
    }

    static String format(double multiplier) {
        return multiplier == Math.rint(multiplier) ? Long.toString((long) multiplier) : Double.toString(multiplier);
    }
}
