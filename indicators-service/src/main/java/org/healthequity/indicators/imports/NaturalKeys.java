package org.healthequity.indicators.imports;

/**
 * The natural keys (indicator, sex, age, category type, category, area, period) an import has seen, to find rows
 * that repeat an earlier row. Each key is kept as a 128-bit hash with the row it first appeared on, in open-addressed
 * primitive arrays: a million rows take about 40 MB, where a set of the keys themselves would take several times
 * that. Two different keys share a 128-bit hash with a probability of about 1e-26 for a million rows.
 */
final class NaturalKeys {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long SECOND_OFFSET = 0x9e3779b97f4a7c15L;
    private static final long SECOND_PRIME = 0xff51afd7ed558ccdL;

    private long[] high = new long[1 << 14];
    private long[] low = new long[1 << 14];
    private int[] rows = new int[1 << 14];
    private int size;

    /**
     * Records the key of a row.
     *
     * @return the row that had the same key before, or 0 if the key is new
     */
    int add(ObservationRules.ValidRow row) {
        long[] hash = { FNV_OFFSET, SECOND_OFFSET };
        mix(hash, Integer.toString(row.indicatorId()));
        mix(hash, row.sex());
        mix(hash, row.age());
        mix(hash, row.categoryType());
        mix(hash, row.category());
        mix(hash, row.areaCode());
        mix(hash, row.period().label);
        long h1 = hash[0];
        long h2 = hash[1];
        h2 ^= h2 >>> 33;
        if (h1 == 0 && h2 == 0) {
            h2 = 1;
        }
        if (size * 2 >= rows.length) {
            grow();
        }
        int mask = rows.length - 1;
        for (int slot = (int) (h1 ^ h1 >>> 32) & mask;; slot = slot + 1 & mask) {
            if (rows[slot] == 0) {
                high[slot] = h1;
                low[slot] = h2;
                rows[slot] = row.number();
                size++;
                return 0;
            }
            if (high[slot] == h1 && low[slot] == h2) {
                return rows[slot];
            }
        }
    }

    /** Adds one part of the key, and a separator, to both hashes. */
    private static void mix(long[] hash, String part) {
        long h1 = hash[0];
        long h2 = hash[1];
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            h1 = (h1 ^ c) * FNV_PRIME;
            h2 = Long.rotateLeft(h2 ^ c, 29) * SECOND_PRIME;
        }
        hash[0] = (h1 ^ 0x1f) * FNV_PRIME;
        hash[1] = Long.rotateLeft(h2 ^ 0x1f, 29) * SECOND_PRIME;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldRows = rows;
        high = new long[oldRows.length * 2];
        low = new long[oldRows.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = rows.length - 1;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                int slot = (int) (oldHigh[i] ^ oldHigh[i] >>> 32) & mask;
                while (rows[slot] != 0) {
                    slot = slot + 1 & mask;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
