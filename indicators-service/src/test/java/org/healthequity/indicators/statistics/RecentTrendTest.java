package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import org.healthequity.indicators.statistics.RecentTrend.Point;
import org.healthequity.indicators.statistics.RecentTrend.Trend;

class RecentTrendTest {

    private static List<Point> proportions(int firstYear, double... counts) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            points.add(new Point(firstYear + i, true, counts[i] / 1000 * 100, counts[i], 1000.0, null, null));
        }
        return points;
    }

    private static List<Point> rates(int firstYear, double halfWidth, double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(firstYear + i, true, values[i], null, null, values[i] - halfWidth,
                    values[i] + halfWidth));
        }
        return points;
    }

    @Test
    void aSteadilyRisingProportionIsIncreasingAndPolarityNamesIt() {
        var points = proportions(2016, 100, 130, 160, 190, 220);
        var result = RecentTrend.assess(ValueType.PROPORTION, Polarity.LOW_IS_GOOD, points);
        assertThat(result.trend()).isEqualTo(Trend.INCREASING);
        assertThat(result.label()).isEqualTo("Increasing and getting worse");
        assertThat(result.chiSquared()).isGreaterThan(RecentTrend.CRITICAL_CHI_SQUARED);
        assertThat(result.yearsUsed()).containsExactly(2016, 2017, 2018, 2019, 2020);
        assertThat(RecentTrend.assess(ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, points).label())
                .isEqualTo("Increasing and getting better");
        assertThat(RecentTrend.assess(ValueType.PROPORTION, Polarity.NO_JUDGEMENT, points).label())
                .isEqualTo("Increasing");
    }

    @Test
    void theChiSquaredForTrendMatchesItsFormula() {
        // c = 10,12,14,16,18 of d = 100 each: D = 500, C = 70, ΣcT = 230, ΣdT = 1500, ΣdT² = 5500.
        List<Point> points = new ArrayList<>();
        double[] counts = { 10, 12, 14, 16, 18 };
        for (int i = 0; i < 5; i++) {
            points.add(new Point(2019 + i, true, counts[i], counts[i], 100.0, null, null));
        }
        double expected = 500 * Math.pow(500 * 230 - 70 * 1500, 2) / (70 * 430 * (500 * 5500 - 1500.0 * 1500));
        assertThat(RecentTrend.assess(ValueType.PROPORTION, Polarity.LOW_IS_GOOD, points).chiSquared())
                .isCloseTo(expected, Offset.offset(1e-12));
    }

    @Test
    void onlyTheFiveMostRecentPointsCount() {
        var points = proportions(2010, 500, 400, 300, 200, 100, 100, 101, 99, 100, 101);
        var result = RecentTrend.assess(ValueType.PROPORTION, Polarity.LOW_IS_GOOD, points);
        assertThat(result.yearsUsed()).containsExactly(2015, 2016, 2017, 2018, 2019);
        assertThat(result.trend()).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void ratesWithIntervalsUseWeightedLeastSquares() {
        var falling = rates(2018, 2, 50, 45, 40, 35, 30);
        var result = RecentTrend.assess(ValueType.DSR, Polarity.LOW_IS_GOOD, falling);
        assertThat(result.trend()).isEqualTo(Trend.DECREASING);
        assertThat(result.label()).isEqualTo("Decreasing and getting better");
        assertThat(result.slope()).isCloseTo(-5, Offset.offset(1e-9));
        // β = −5 with σ = 4/3.92 on every point: Var β = 1/(Σw·10) ⇒ χ² = 25·10·w.
        double w = 1 / Math.pow(4 / 3.92, 2);
        assertThat(result.chiSquared()).isCloseTo(25 * 10 * w, Offset.offset(1e-9));
    }

    @Test
    void aDirectionThatOnePointDecidesIsNotSignificant() {
        var points = rates(2018, 0.5, 10, 10, 10, 10, 30);
        var result = RecentTrend.assess(ValueType.CRUDE_RATE, Polarity.LOW_IS_GOOD, points);
        assertThat(result.chiSquared()).isGreaterThan(RecentTrend.CRITICAL_CHI_SQUARED);
        assertThat(result.trend()).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
        assertThat(result.reason()).contains("left out");
    }

    @Test
    void fewerThanFiveConsecutiveValidPointsCannotBeCalculated() {
        assertThat(RecentTrend.assess(ValueType.PROPORTION, Polarity.LOW_IS_GOOD, proportions(2019, 1, 2, 3, 4))
                .trend()).isEqualTo(Trend.CANNOT_BE_CALCULATED);
        List<Point> gap = new ArrayList<>(proportions(2014, 100, 130, 160));
        gap.addAll(proportions(2018, 190, 220, 250));
        var result = RecentTrend.assess(ValueType.PROPORTION, Polarity.LOW_IS_GOOD, gap);
        assertThat(result.trend()).isEqualTo(Trend.CANNOT_BE_CALCULATED);
        assertThat(result.reason()).contains("gap");
    }

    @Test
    void impossibleOrMissingInputsCannotBeCalculated() {
        List<Point> full = new ArrayList<>(proportions(2016, 100, 130, 160, 190, 220));
        full.set(4, new Point(2020, true, 100.0, 1000.0, 1000.0, null, null));
        assertThat(RecentTrend.assess(ValueType.PROPORTION, Polarity.LOW_IS_GOOD, full).reason())
                .contains("equal to its denominator");

        List<Point> noInterval = new ArrayList<>(rates(2016, 1, 1, 2, 3, 4, 5));
        noInterval.set(2, new Point(2018, true, 3.0, null, null, null, null));
        assertThat(RecentTrend.assess(ValueType.DSR, Polarity.LOW_IS_GOOD, noInterval).trend())
                .isEqualTo(Trend.CANNOT_BE_CALCULATED);

        List<Point> multiYear = new ArrayList<>(rates(2016, 1, 1, 2, 3, 4, 5));
        multiYear.set(0, new Point(2016, false, 1.0, null, null, 0.0, 2.0));
        assertThat(RecentTrend.assess(ValueType.DSR, Polarity.LOW_IS_GOOD, multiYear).reason())
                .contains("annual");

        List<Point> duplicate = new ArrayList<>(rates(2016, 1, 1, 2, 3, 4, 5));
        duplicate.add(new Point(2020, true, 9.0, null, null, 8.0, 10.0));
        assertThat(RecentTrend.assess(ValueType.DSR, Polarity.LOW_IS_GOOD, duplicate).reason())
                .contains("two points");
    }
}
