package org.healthequity.indicators.statistics;

/**
 * The k-th smallest of an array without sorting it: Hoare's selection with a three-way partition, linear on average
 * and on runs of equal values. Orders as {@link Double#compare} does, so it agrees with a sorted array's element k.
 */
final class OrderStatistic {

    private OrderStatistic() {
    }

    /** The element a sorted copy would hold at {@code k} (from 0); {@code values} is reordered. */
    static double select(double[] values, int k) {
        if (k < 0 || k >= values.length) {
            throw new IllegalArgumentException("k must lie within the array");
        }
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = medianOfThree(values[low], values[low + (high - low) / 2], values[high]);
            // values[low..lt) < pivot, values[lt..i) == pivot, values(gt..high] > pivot
            int lt = low;
            int gt = high;
            int i = low;
            while (i <= gt) {
                int order = Double.compare(values[i], pivot);
                if (order < 0) {
                    swap(values, lt++, i++);
                } else if (order > 0) {
                    swap(values, i, gt--);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                high = lt - 1;
            } else if (k > gt) {
                low = gt + 1;
            } else {
                return pivot;
            }
        }
        return values[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        if (Double.compare(a, b) > 0) {
            double swap = a;
            a = b;
            b = swap;
        }
        if (Double.compare(b, c) > 0) {
            b = c;
        }
        return Double.compare(a, b) > 0 ? a : b;
    }

    private static void swap(double[] values, int i, int j) {
        double swap = values[i];
        values[i] = values[j];
        values[j] = swap;
    }
}
