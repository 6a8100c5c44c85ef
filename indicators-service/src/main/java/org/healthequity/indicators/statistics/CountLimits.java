package org.healthequity.indicators.statistics;

/**
 * Confidence limits of a Poisson count: exact (chi-squared) below 10, Byar's approximation from 10 upwards, as
 * PHEindicatormethods computes them. Crude rates, standardised ratios and DSRs all start from these.
 */
public final class CountLimits implements StatisticalMethod<CountLimits.Input> {

    /** Counts below this get exact limits. */
    public static final double EXACT_BELOW = 10;

    public record Input(double count) {
    }

    @Override
    public Estimate estimate(Input input, double confidence) {
        Distributions.requireConfidence(confidence);
        double x = input.count();
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new InvalidInputException("count", "count must be zero or more");
        }
        boolean exact = x < EXACT_BELOW;
        double lower = exact ? exactLower(x, confidence) : byarLower(x, confidence);
        double upper = exact ? exactUpper(x, confidence) : byarUpper(x, confidence);
        return new Estimate(x, lower, upper, confidence, "count", exact ? "Exact" : "Byars", null);
    }

    /** The exact lower limit, {@code χ²⁻¹((1−c)/2; 2x)/2}, and 0 for a count of 0. */
    public static double exactLower(double x, double confidence) {
        return x == 0 ? 0 : Distributions.chiSquaredQuantile((1 - confidence) / 2, 2 * x) / 2;
    }

    /** The exact upper limit, {@code χ²⁻¹(c+(1−c)/2; 2x+2)/2}. */
    public static double exactUpper(double x, double confidence) {
        return Distributions.chiSquaredQuantile(confidence + (1 - confidence) / 2, 2 * x + 2) / 2;
    }

    /** Byar's lower limit, {@code x(1 − 1/(9x) − z/(3√x))³}; NaN where the bracket is negative (tiny counts). */
    public static double byarLower(double x, double confidence) {
        if (x == 0) {
            return 0;
        }
        double bracket = 1 - 1 / (9 * x) - Distributions.z(confidence) / (3 * Math.sqrt(x));
        return bracket < 0 ? Double.NaN : x * bracket * bracket * bracket;
    }

    /** Byar's upper limit, {@code (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³}. */
    public static double byarUpper(double x, double confidence) {
        double next = x + 1;
        double bracket = 1 - 1 / (9 * next) + Distributions.z(confidence) / (3 * Math.sqrt(next));
        return next * bracket * bracket * bracket;
    }

    /** Exact below 10, Byar's from 10, as one pair. */
    static double[] limits(double x, double confidence) {
        return x < EXACT_BELOW
                ? new double[] { exactLower(x, confidence), exactUpper(x, confidence) }
                : new double[] { byarLower(x, confidence), byarUpper(x, confidence) };
    }
}
