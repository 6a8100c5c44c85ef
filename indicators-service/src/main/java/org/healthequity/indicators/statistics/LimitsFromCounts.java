package org.healthequity.indicators.statistics;

/**
 * Confidence limits made from counts, by the value type's method: Wilson for proportions, exact or Byar for crude
 * rates and counts. One home for it, so that an imported value and a comparator group's summed counts get the same.
 */
public final class LimitsFromCounts {

    private LimitsFromCounts() {
    }

    /** The estimate, or null where the counts cannot give limits (no denominator, more events than people). */
    public static Estimate of(ValueType type, double multiplier, double count, Double denominator, double confidence) {
        return switch (type) {
            case PROPORTION -> denominator == null || count > denominator ? null
                    : new WilsonProportion().estimate(new WilsonProportion.Input(count, denominator, multiplier),
                            confidence);
            case CRUDE_RATE -> denominator == null ? null
                    : new CrudeRate().estimate(new CrudeRate.Input(count, denominator, multiplier), confidence);
            case COUNT -> new CountLimits().estimate(new CountLimits.Input(count), confidence);
            default -> null;
        };
    }
}
