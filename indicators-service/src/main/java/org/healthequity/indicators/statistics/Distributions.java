package org.healthequity.indicators.statistics;

import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The quantiles the methods need, solved far more tightly than the 6 significant figures that analysts compare
 * with PHEindicatormethods.
 */
public final class Distributions {

    /** Absolute accuracy of the inverse-CDF solver; limits of small counts are about 1e-3. */
    private static final double ACCURACY = 1e-15;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1, ACCURACY);
    /**
     * The levels every indicator uses, solved once. Any other level a caller sends is solved on each call: a cache
     * keyed on callers' values would grow without bound.
     */
    private static final Map<Double, Double> Z_BY_STANDARD_CONFIDENCE = Map.of(0.9, solveZ(0.9), 0.95, solveZ(0.95),
            0.99, solveZ(0.99), 0.998, solveZ(0.998));

    private Distributions() {
    }

    /** {@code z = Φ⁻¹(c + (1−c)/2)}: 1.959964 for 95 %, 3.090232 for 99.8 %. */
    public static double z(double confidence) {
        Double standard = Z_BY_STANDARD_CONFIDENCE.get(confidence);
        return standard != null ? standard : solveZ(confidence);
    }

    private static double solveZ(double confidence) {
        return STANDARD_NORMAL.inverseCumulativeProbability(confidence + (1 - confidence) / 2);
    }

    /** The p-quantile of the chi-squared distribution with the given degrees of freedom. */
    public static double chiSquaredQuantile(double p, double degreesOfFreedom) {
        return new ChiSquaredDistribution(null, degreesOfFreedom, ACCURACY).inverseCumulativeProbability(p);
    }

    /** The p-quantile of Student's t distribution with the given degrees of freedom. */
    public static double studentTQuantile(double p, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom, ACCURACY).inverseCumulativeProbability(p);
    }

    /** "95%", "99.8%": how PHEindicatormethods labels a confidence level. */
    public static String label(double confidence) {
        String percent = String.format(Locale.ROOT, "%.4f", confidence * 100).replaceAll("0+$", "")
                .replaceAll("\\.$", "");
        return percent + "%";
    }

    static void requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new InvalidInputException("confidence", "confidence must be between 0 and 1, such as 0.95");
        }
    }
}
