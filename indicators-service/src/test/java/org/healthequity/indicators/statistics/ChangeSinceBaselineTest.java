package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.healthequity.indicators.statistics.ChangeSinceBaseline.Change;
import org.healthequity.indicators.statistics.ChangeSinceBaseline.Direction;
import org.healthequity.indicators.statistics.ChangeSinceBaseline.Relative;
import org.healthequity.indicators.statistics.ChangeSinceBaseline.Value;

/**
 * Intervals whose half-widths make the arithmetic exact: a value ± 2 has σ = 2/z, so a change between two such
 * values has the half-width z·√2·(2/z) = 2√2 whatever z is; a difference with a change of two values ± 0.5 has
 * √(8 + 0.5).
 */
class ChangeSinceBaselineTest {

    private static final double TOLERANCE = 1e-9;
    private static final Change AREA = ChangeSinceBaseline.between(new Value(40, 38.0, 42.0),
            new Value(45, 43.0, 47.0));
    private static final Change ENGLAND = ChangeSinceBaseline.between(new Value(50, 49.5, 50.5),
            new Value(51, 50.5, 51.5));

    @Test
    void aChangeHasTheIntervalOfItsTwoValuesErrorsTogether() {
        assertThat(AREA.value()).isEqualTo(5);
        assertThat(AREA.lower95()).isCloseTo(5 - 2 * Math.sqrt(2), within(TOLERANCE));
        assertThat(AREA.upper95()).isCloseTo(5 + 2 * Math.sqrt(2), within(TOLERANCE));
        assertThat(ChangeSinceBaseline.direction(AREA, Polarity.HIGH_IS_GOOD)).isEqualTo(Direction.IMPROVED);
        assertThat(ChangeSinceBaseline.direction(AREA, Polarity.LOW_IS_GOOD)).isEqualTo(Direction.WORSENED);
        assertThat(ChangeSinceBaseline.direction(AREA, Polarity.NO_JUDGEMENT)).isEqualTo(Direction.INCREASED);
    }

    @Test
    void aDifferenceOfChangesHasTheIntervalOfAllFourValues() {
        Change difference = ChangeSinceBaseline.difference(AREA, ENGLAND);
        assertThat(difference.value()).isEqualTo(4);
        assertThat(difference.upper95() - difference.value()).isCloseTo(Math.sqrt(8.5), within(TOLERANCE));
        assertThat(ChangeSinceBaseline.relative(difference, Polarity.HIGH_IS_GOOD)).isEqualTo(Relative.BETTER);
        assertThat(ChangeSinceBaseline.statement(Relative.BETTER, AREA, Polarity.HIGH_IS_GOOD, "England"))
                .isEqualTo("Improved faster than England");
        assertThat(ChangeSinceBaseline.relative(difference, Polarity.LOW_IS_GOOD)).isEqualTo(Relative.WORSE);
        assertThat(ChangeSinceBaseline.statement(Relative.WORSE, AREA, Polarity.LOW_IS_GOOD, "England"))
                .isEqualTo("Worsened more than England");
        assertThat(ChangeSinceBaseline.relative(difference, Polarity.NO_JUDGEMENT)).isEqualTo(Relative.HIGHER);
        assertThat(ChangeSinceBaseline.relative(difference, Polarity.NOT_APPLICABLE)).isEqualTo(Relative.NOT_COMPARED);
    }

    @Test
    void anAreaThatImprovedLessThanItsComparatorImprovedMoreSlowly() {
        Change difference = ChangeSinceBaseline.difference(ENGLAND, AREA);
        assertThat(ChangeSinceBaseline.relative(difference, Polarity.HIGH_IS_GOOD)).isEqualTo(Relative.WORSE);
        assertThat(ChangeSinceBaseline.statement(Relative.WORSE, ENGLAND, Polarity.HIGH_IS_GOOD, "the region"))
                .isEqualTo("Improved more slowly than the region");
    }

    @Test
    void anIntervalHoldingZeroIsNoDifferenceAndAMissingOneSaysNothing() {
        Change small = ChangeSinceBaseline.between(new Value(40, 38.0, 42.0), new Value(41, 39.0, 43.0));
        assertThat(ChangeSinceBaseline.direction(small, Polarity.HIGH_IS_GOOD))
                .isEqualTo(Direction.NO_SIGNIFICANT_CHANGE);
        assertThat(ChangeSinceBaseline.relative(ChangeSinceBaseline.difference(small, ENGLAND),
                Polarity.HIGH_IS_GOOD)).isEqualTo(Relative.NO_DIFFERENT);
        Change unknown = ChangeSinceBaseline.between(new Value(40, null, null), new Value(45, 43.0, 47.0));
        assertThat(unknown.lower95()).isNull();
        assertThat(ChangeSinceBaseline.direction(unknown, Polarity.HIGH_IS_GOOD)).isEqualTo(Direction.CANNOT_BE_SAID);
        assertThat(ChangeSinceBaseline.relative(ChangeSinceBaseline.difference(AREA, unknown),
                Polarity.HIGH_IS_GOOD)).isEqualTo(Relative.CANNOT_BE_SAID);
    }
}
