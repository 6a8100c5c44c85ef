package org.healthequity.indicators.statistics;

/**
 * The change in a value from a baseline period to a later one, and whether one area's change differs from another's
 * ("is it the programme?"). Each value's standard error is taken from its 95 % interval as for recent trends,
 * {@code σ = (upper − lower) / 3.92}; a change's variance is the sum of its two values' and a difference of changes'
 * the sum of all four. The periods and the areas are taken as independent: where one area contains the other (Luton
 * within England) their changes move together, so the true interval of the difference is a little narrower and this
 * one errs on the side of "no different". Without an interval for every value nothing is said.
 */
public final class ChangeSinceBaseline {

    private static final double Z95 = Distributions.z(0.95);

    private ChangeSinceBaseline() {
    }

    /** A value with its 95 % limits, if it has them. */
    public record Value(double value, Double lower95, Double upper95) {

        Double standardError() {
            return lower95 == null || upper95 == null || upper95 < lower95 ? null : (upper95 - lower95) / (2 * Z95);
        }
    }

    /** A change (or a difference of changes) with its standard error, null when it cannot be known. */
    public record Change(double value, Double standardError) {

        public Double lower95() {
            return standardError == null ? null : value - Z95 * standardError;
        }

        public Double upper95() {
            return standardError == null ? null : value + Z95 * standardError;
        }

        /** +1 or −1 when the 95 % interval is wholly above or below zero, 0 when it holds zero, null without one. */
        public Integer significantSign() {
            if (standardError == null) {
                return null;
            }
            return lower95() > 0 ? 1 : upper95() < 0 ? -1 : 0;
        }
    }

    /** How one area's own change reads. */
    public enum Direction {
        IMPROVED, WORSENED, INCREASED, DECREASED, NO_SIGNIFICANT_CHANGE, CANNOT_BE_SAID
    }

    /** How one area's change compares with a comparator's over the same periods. */
    public enum Relative {
        BETTER, WORSE, HIGHER, LOWER, NO_DIFFERENT, NOT_COMPARED, CANNOT_BE_SAID
    }

    public static Change between(Value baseline, Value latest) {
        Double first = baseline.standardError();
        Double last = latest.standardError();
        return new Change(latest.value() - baseline.value(),
                first == null || last == null ? null : Math.sqrt(first * first + last * last));
    }

    /** The area's change less the comparator's. */
    public static Change difference(Change area, Change comparator) {
        Double a = area.standardError();
        Double c = comparator.standardError();
        return new Change(area.value() - comparator.value(), a == null || c == null ? null : Math.sqrt(a * a + c * c));
    }

    public static Direction direction(Change change, Polarity polarity) {
        Integer sign = change.significantSign();
        if (sign == null) {
            return Direction.CANNOT_BE_SAID;
        }
        if (sign == 0) {
            return Direction.NO_SIGNIFICANT_CHANGE;
        }
        return switch (polarity) {
            case HIGH_IS_GOOD -> sign > 0 ? Direction.IMPROVED : Direction.WORSENED;
            case LOW_IS_GOOD -> sign < 0 ? Direction.IMPROVED : Direction.WORSENED;
            case NO_JUDGEMENT, NOT_APPLICABLE -> sign > 0 ? Direction.INCREASED : Direction.DECREASED;
        };
    }

    public static Relative relative(Change difference, Polarity polarity) {
        if (polarity == Polarity.NOT_APPLICABLE) {
            return Relative.NOT_COMPARED;
        }
        Integer sign = difference.significantSign();
        if (sign == null) {
            return Relative.CANNOT_BE_SAID;
        }
        if (sign == 0) {
            return Relative.NO_DIFFERENT;
        }
        return switch (polarity) {
            case HIGH_IS_GOOD -> sign > 0 ? Relative.BETTER : Relative.WORSE;
            case LOW_IS_GOOD -> sign < 0 ? Relative.BETTER : Relative.WORSE;
            default -> sign > 0 ? Relative.HIGHER : Relative.LOWER;
        };
    }

    /**
     * The comparison in plain words, such as "Improved faster than England": whether the area's own change was in
     * the good direction decides between "improved faster" and "worsened less".
     */
    public static String statement(Relative relative, Change areaChange, Polarity polarity, String comparatorName) {
        boolean towardsGood = polarity == Polarity.HIGH_IS_GOOD ? areaChange.value() > 0
                : polarity == Polarity.LOW_IS_GOOD && areaChange.value() < 0;
        boolean towardsBad = polarity == Polarity.HIGH_IS_GOOD ? areaChange.value() < 0
                : polarity == Polarity.LOW_IS_GOOD && areaChange.value() > 0;
        return switch (relative) {
            case BETTER -> towardsGood ? "Improved faster than " + comparatorName
                    : towardsBad ? "Worsened less than " + comparatorName
                    : "Held steady while " + comparatorName + " worsened";
            case WORSE -> towardsGood ? "Improved more slowly than " + comparatorName
                    : towardsBad ? "Worsened more than " + comparatorName
                    : "Held steady while " + comparatorName + " improved";
            case HIGHER -> "Rose more (or fell less) than " + comparatorName;
            case LOWER -> "Fell more (or rose less) than " + comparatorName;
            case NO_DIFFERENT -> "No different from " + comparatorName;
            case NOT_COMPARED -> "Not compared: the indicator is not judged";
            case CANNOT_BE_SAID -> "Cannot be said: not every value has a confidence interval";
        };
    }

    public static String statement(Direction direction) {
        return switch (direction) {
            case IMPROVED -> "Improved";
            case WORSENED -> "Worsened";
            case INCREASED -> "Increased";
            case DECREASED -> "Decreased";
            case NO_SIGNIFICANT_CHANGE -> "No significant change";
            case CANNOT_BE_SAID -> "Cannot be said: not every value has a confidence interval";
        };
    }
}
