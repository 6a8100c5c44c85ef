package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.indicators.statistics.BenchmarkComparison.compare;
import static org.healthequity.indicators.statistics.BenchmarkComparison.compareWithPeers;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchmarkComparisonTest {

    private static final BenchmarkComparison.Interval LUTON = new BenchmarkComparison.Interval(82.4, 70.7, 95.5,
            66.0, 101.0);

    @Test
    void aComparatorInsideTheIntervalIsSimilarEvenOnItsEdge() {
        assertThat(compare(LUTON, 94.7, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.SIMILAR);
        assertThat(compare(LUTON, 70.7, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.SIMILAR);
        assertThat(compare(LUTON, 95.5, Polarity.HIGH_IS_GOOD, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.SIMILAR);
    }

    @Test
    void polarityTurnsHigherAndLowerIntoBetterAndWorse() {
        assertThat(compare(LUTON, 60.0, Polarity.HIGH_IS_GOOD, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.BETTER);
        assertThat(compare(LUTON, 60.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.WORSE);
        assertThat(compare(LUTON, 96.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.BETTER);
        assertThat(compare(LUTON, 96.0, Polarity.NO_JUDGEMENT, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.LOWER);
        assertThat(compare(LUTON, 60.0, Polarity.NO_JUDGEMENT, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.HIGHER);
    }

    @Test
    void theWiderIntervalDecidesAt998() {
        assertThat(compare(LUTON, 96.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_99_8).outcome())
                .isEqualTo(ComparisonOutcome.SIMILAR);
        assertThat(compare(LUTON, 102.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_99_8).outcome())
                .isEqualTo(ComparisonOutcome.BETTER);
    }

    @Test
    void twoLevelsGiveFiveOutcomes() {
        assertThat(compare(LUTON, 102.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_TWO_LEVELS).outcome())
                .isEqualTo(ComparisonOutcome.BETTER_99_8);
        assertThat(compare(LUTON, 96.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_TWO_LEVELS).outcome())
                .isEqualTo(ComparisonOutcome.BETTER_95);
        assertThat(compare(LUTON, 80.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_TWO_LEVELS).outcome())
                .isEqualTo(ComparisonOutcome.SIMILAR);
        assertThat(compare(LUTON, 68.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_TWO_LEVELS).outcome())
                .isEqualTo(ComparisonOutcome.WORSE_95);
        assertThat(compare(LUTON, 60.0, Polarity.LOW_IS_GOOD, BenchmarkMethod.CI_TWO_LEVELS).outcome())
                .isEqualTo(ComparisonOutcome.WORSE_99_8);
        assertThat(compare(LUTON, 60.0, Polarity.NO_JUDGEMENT, BenchmarkMethod.CI_TWO_LEVELS).outcome())
                .isEqualTo(ComparisonOutcome.HIGHER_99_8);
    }

    @Test
    void withoutAnIntervalOrAComparatorNothingIsCompared() {
        var noInterval = new BenchmarkComparison.Interval(78.1, null, null, null, null);
        var result = compare(noInterval, 79.4, Polarity.HIGH_IS_GOOD, BenchmarkMethod.CI_95);
        assertThat(result.outcome()).isEqualTo(ComparisonOutcome.NOT_COMPARED);
        assertThat(result.reason()).contains("no 95% confidence interval");
        assertThat(compare(LUTON, null, Polarity.HIGH_IS_GOOD, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.NOT_COMPARED);
        assertThat(compare(LUTON, 60.0, Polarity.NOT_APPLICABLE, BenchmarkMethod.CI_95).outcome())
                .isEqualTo(ComparisonOutcome.NOT_COMPARED);
        assertThat(compare(LUTON, 60.0, Polarity.HIGH_IS_GOOD, BenchmarkMethod.NONE).outcome())
                .isEqualTo(ComparisonOutcome.NOT_COMPARED);
    }

    @Test
    void quintilesRankAmongThePeers() {
        List<Double> peers = List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0);
        assertThat(compareWithPeers(10.0, peers, Polarity.HIGH_IS_GOOD).outcome())
                .isEqualTo(ComparisonOutcome.QUINTILE_WORST);
        assertThat(compareWithPeers(100.0, peers, Polarity.HIGH_IS_GOOD).outcome())
                .isEqualTo(ComparisonOutcome.QUINTILE_BEST);
        assertThat(compareWithPeers(50.0, peers, Polarity.HIGH_IS_GOOD).outcome())
                .isEqualTo(ComparisonOutcome.QUINTILE_MIDDLE);
        assertThat(compareWithPeers(10.0, peers, Polarity.LOW_IS_GOOD).outcome())
                .isEqualTo(ComparisonOutcome.QUINTILE_BEST);
        assertThat(compareWithPeers(70.0, peers, Polarity.NO_JUDGEMENT).outcome())
                .isEqualTo(ComparisonOutcome.QUINTILE_HIGH);
        assertThat(compareWithPeers(10.0, List.of(10.0, 20.0, 30.0, 40.0), Polarity.HIGH_IS_GOOD).outcome())
                .isEqualTo(ComparisonOutcome.NOT_COMPARED);
    }
}
