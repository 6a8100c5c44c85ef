package org.healthequity.indicators.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quantiles of areas by value, as PHEindicatormethods' {@code phe_quantile} (OHID's method for assigning deprivation
 * categories): within a set of {@code n} areas with values, an area of rank {@code r} (ties share the lowest rank)
 * gets {@code floor((q + 1) − ceil((n + 1 − r) / (n / q)))}, 0 counting as 1. With {@code highestFirst} the ranks
 * run from the highest value down, so that quantile 1 holds the highest values: the worst where low is good, or the
 * most deprived by a deprivation score. A set with fewer areas than quantiles, or an area without a value, gets none.
 */
public final class AreaQuantiles {

    public static final int MIN_QUANTILES = 2;
    public static final int MAX_QUANTILES = 100;

    private AreaQuantiles() {
    }

    /** Quantile 1 for the worst: the highest values when low is good, the lowest when high is good. */
    public static boolean highestFirst(Polarity polarity) {
        return polarity == Polarity.LOW_IS_GOOD;
    }

    /** Each value's quantile within the set, in the values' order; null where none can be assigned. */
    public static List<Integer> assign(List<Double> values, int quantiles, boolean highestFirst) {
        if (quantiles < MIN_QUANTILES || quantiles > MAX_QUANTILES) {
            throw new InvalidInputException("quantiles", "between " + MIN_QUANTILES + " and " + MAX_QUANTILES
                    + " quantiles can be assigned");
        }
        double[] present = values.stream().filter(value -> value != null && Double.isFinite(value))
                .mapToDouble(Double::doubleValue).toArray();
        int n = present.length;
        List<Integer> assigned = new ArrayList<>(values.size());
        if (n < quantiles) {
            values.forEach(value -> assigned.add(null));
            return assigned;
        }
        double[] ranked = present.clone();
        if (highestFirst) {
            for (int i = 0; i < n; i++) {
                ranked[i] = -ranked[i];
            }
        }
        Arrays.sort(ranked);
        double perQuantile = (double) n / quantiles;
        for (Double value : values) {
            if (value == null || !Double.isFinite(value)) {
                assigned.add(null);
                continue;
            }
            double key = highestFirst ? -value : value;
            int rank = lowerBound(ranked, key) + 1;
            int quantile = (int) Math.floor((quantiles + 1) - Math.ceil((n + 1 - rank) / perQuantile));
            assigned.add(Math.max(1, quantile));
        }
        return assigned;
    }

    /** The index of the first element not less than {@code key}: ties share the lowest rank. */
    private static int lowerBound(double[] sorted, double key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
