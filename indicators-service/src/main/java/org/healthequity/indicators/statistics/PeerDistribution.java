package org.healthequity.indicators.statistics;

import java.util.Arrays;
import java.util.Collection;

/**
 * The spread of peer areas' values, as FingertipsNext computes its quartiles for spine charts: the values in
 * ascending order are split into four groups as SQL's {@code NTILE(4)} does (the first {@code n mod 4} groups one
 * larger), and Q1, the median and Q3 are the largest value of the first, second and third group. Fewer than four
 * values give the count and nothing else.
 */
public record PeerDistribution(int count, Double min, Double q1, Double median, Double q3, Double max) {

    public static PeerDistribution of(Collection<Double> values) {
        double[] sorted = values.stream().filter(value -> value != null && Double.isFinite(value))
                .mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n < 4) {
            return new PeerDistribution(n, null, null, null, null, null);
        }
        int base = n / 4;
        int extra = n % 4;
        int endOfFirst = base + (extra > 0 ? 1 : 0);
        int endOfSecond = endOfFirst + base + (extra > 1 ? 1 : 0);
        int endOfThird = endOfSecond + base + (extra > 2 ? 1 : 0);
        return new PeerDistribution(n, sorted[0], sorted[endOfFirst - 1], sorted[endOfSecond - 1],
                sorted[endOfThird - 1], sorted[n - 1]);
    }

    /** The middle value (the mean of the middle two for an even count); null for none. */
    public static Double median(Collection<Double> values) {
        double[] sorted = values.stream().filter(value -> value != null && Double.isFinite(value))
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The quartile (1 to 4, by ascending value) a value falls in: the first whose upper bound holds it. */
    public Integer quartileOf(Double value) {
        if (value == null || q1 == null) {
            return null;
        }
        if (value <= q1) {
            return 1;
        }
        if (value <= median) {
            return 2;
        }
        return value <= q3 ? 3 : 4;
    }
}
