package org.healthequity.indicators.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Compares an area's value with a comparator the way Fingertips does: by whether the area's confidence interval
 * overlaps the comparator's value (95 %, 99.8 % or both), or by the area's quintile among the comparator's child
 * areas. Polarity turns higher or lower into better or worse. No interval, no comparator value, an area compared
 * with itself, or polarity not applicable: not compared. Intervals are never invented.
 */
public final class BenchmarkComparison {

    /** An area's value and whichever intervals it has. */
    public record Interval(Double value, Double lower95, Double upper95, Double lower998, Double upper998) {
    }

    /** The result, with why it is not compared when it is not. */
    public record Result(ComparisonOutcome outcome, String reason) {

        static Result notCompared(String reason) {
            return new Result(ComparisonOutcome.NOT_COMPARED, reason);
        }
    }

    private BenchmarkComparison() {
    }

    public static Result compare(Interval area, Double comparatorValue, Polarity polarity, BenchmarkMethod method) {
        Objects.requireNonNull(method, "method");
        if (polarity == null || polarity == Polarity.NOT_APPLICABLE) {
            return Result.notCompared("the indicator is never compared");
        }
        if (method == BenchmarkMethod.NONE) {
            return Result.notCompared("the indicator has no benchmark method");
        }
        if (method == BenchmarkMethod.QUINTILES) {
            throw new IllegalArgumentException("quintiles compare with peers: use compareWithPeers");
        }
        if (area == null || area.value() == null) {
            return Result.notCompared("the area has no value");
        }
        if (comparatorValue == null) {
            return Result.notCompared("the comparator has no value");
        }
        return switch (method) {
            case CI_95 -> single(area.lower95(), area.upper95(), comparatorValue, polarity, "95%");
            case CI_99_8 -> single(area.lower998(), area.upper998(), comparatorValue, polarity, "99.8%");
            case CI_TWO_LEVELS -> twoLevels(area, comparatorValue, polarity);
            default -> throw new IllegalStateException(method.toString());
        };
    }

    /**
     * The area's quintile among its comparator's child areas (the peers, the area among them) for the same period
     * and breakdown. Fewer than 5 peers with values: not compared.
     */
    public static Result compareWithPeers(Double value, Collection<Double> peerValues, Polarity polarity) {
        if (polarity == null || polarity == Polarity.NOT_APPLICABLE) {
            return Result.notCompared("the indicator is never compared");
        }
        if (value == null) {
            return Result.notCompared("the area has no value");
        }
        List<Double> peers = new ArrayList<>(peerValues.stream().filter(Objects::nonNull).toList());
        if (peers.size() < 5) {
            return Result.notCompared("fewer than 5 areas to rank");
        }
        peers.sort(Double::compare);
        int rank = 1;
        while (rank <= peers.size() && peers.get(rank - 1) < value) {
            rank++;
        }
        rank = Math.min(rank, peers.size());
        int quintile = (int) Math.ceil(5.0 * rank / peers.size());
        return new Result(switch (polarity) {
            case HIGH_IS_GOOD -> new ComparisonOutcome[] { ComparisonOutcome.QUINTILE_WORST,
                    ComparisonOutcome.QUINTILE_WORSE, ComparisonOutcome.QUINTILE_MIDDLE,
                    ComparisonOutcome.QUINTILE_BETTER, ComparisonOutcome.QUINTILE_BEST }[quintile - 1];
            case LOW_IS_GOOD -> new ComparisonOutcome[] { ComparisonOutcome.QUINTILE_BEST,
                    ComparisonOutcome.QUINTILE_BETTER, ComparisonOutcome.QUINTILE_MIDDLE,
                    ComparisonOutcome.QUINTILE_WORSE, ComparisonOutcome.QUINTILE_WORST }[quintile - 1];
            default -> new ComparisonOutcome[] { ComparisonOutcome.QUINTILE_LOWEST, ComparisonOutcome.QUINTILE_LOW,
                    ComparisonOutcome.QUINTILE_MIDDLE, ComparisonOutcome.QUINTILE_HIGH,
                    ComparisonOutcome.QUINTILE_HIGHEST }[quintile - 1];
        }, null);
    }

    private static Result single(Double lower, Double upper, double comparator, Polarity polarity, String level) {
        if (lower == null || upper == null) {
            return Result.notCompared("the area has no " + level + " confidence interval");
        }
        if (lower <= comparator && comparator <= upper) {
            return new Result(ComparisonOutcome.SIMILAR, null);
        }
        boolean higher = lower > comparator;
        return new Result(judge(higher, polarity, ComparisonOutcome.BETTER, ComparisonOutcome.WORSE,
                ComparisonOutcome.HIGHER, ComparisonOutcome.LOWER), null);
    }

    private static Result twoLevels(Interval area, double comparator, Polarity polarity) {
        if (area.lower95() == null || area.upper95() == null || area.lower998() == null || area.upper998() == null) {
            return Result.notCompared("the area needs both its 95% and 99.8% confidence intervals");
        }
        if (area.lower998() > comparator || area.upper998() < comparator) {
            boolean higher = area.lower998() > comparator;
            return new Result(judge(higher, polarity, ComparisonOutcome.BETTER_99_8, ComparisonOutcome.WORSE_99_8,
                    ComparisonOutcome.HIGHER_99_8, ComparisonOutcome.LOWER_99_8), null);
        }
        if (area.lower95() > comparator || area.upper95() < comparator) {
            boolean higher = area.lower95() > comparator;
            return new Result(judge(higher, polarity, ComparisonOutcome.BETTER_95, ComparisonOutcome.WORSE_95,
                    ComparisonOutcome.HIGHER_95, ComparisonOutcome.LOWER_95), null);
        }
        return new Result(ComparisonOutcome.SIMILAR, null);
    }

    private static ComparisonOutcome judge(boolean higher, Polarity polarity, ComparisonOutcome better,
            ComparisonOutcome worse, ComparisonOutcome higherOutcome, ComparisonOutcome lowerOutcome) {
        return switch (polarity) {
            case HIGH_IS_GOOD -> higher ? better : worse;
            case LOW_IS_GOOD -> higher ? worse : better;
            default -> higher ? higherOutcome : lowerOutcome;
        };
    }
}
