package org.healthequity.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.healthequity.indicators.statistics.InvalidInputException;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality;

class SiiResultsTest {

    private static SlopeIndexOfInequality.Input deciles(double slope) {
        List<SlopeIndexOfInequality.Quantile> quantiles = new ArrayList<>();
        for (int decile = 1; decile <= 10; decile++) {
            double value = 0.3 - slope * decile;
            quantiles.add(new SlopeIndexOfInequality.Quantile(decile, 10_000.0, value, value - 0.01, value + 0.01,
                    null, null));
        }
        return new SlopeIndexOfInequality.Input(SlopeIndexOfInequality.Kind.PROPORTION, quantiles, 0.95, 100, false,
                true, false, 1000);
    }

    @Test
    void theSameValuesAreSimulatedOnceAndGiveWhatRecomputingGives() {
        SiiResults results = new SiiResults(10);
        SlopeIndexOfInequality.Result first = results.of(deciles(0.01));
        // An equal input built afresh, as the next request for the same breakdown builds it.
        assertThat(results.of(deciles(0.01))).isSameAs(first);
        assertThat(first).isEqualTo(SlopeIndexOfInequality.calculate(deciles(0.01)));
        assertThat(results.of(deciles(0.02))).isNotEqualTo(first);
    }

    @Test
    void keepsNoMoreThanItsCapacityDroppingTheLeastRecentlyRead() {
        SiiResults results = new SiiResults(3);
        SlopeIndexOfInequality.Result kept = results.of(deciles(0.001));
        for (int i = 2; i <= 6; i++) {
            results.of(deciles(0.001 * i));
            results.of(deciles(0.001));
        }
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.of(deciles(0.001))).isSameAs(kept);
        SlopeIndexOfInequality.Result dropped = results.of(deciles(0.002));
        assertThat(dropped).isEqualTo(SlopeIndexOfInequality.calculate(deciles(0.002)));
    }

    @Test
    void withoutCapacityEachIsComputed() {
        SiiResults results = new SiiResults(0);
        assertThat(results.of(deciles(0.01))).isNotSameAs(results.of(deciles(0.01))).isEqualTo(results.of(
                deciles(0.01)));
        assertThat(results.size()).isZero();
    }

    @Test
    void invalidValuesAreRefusedAsTheMethodRefusesThem() {
        SiiResults results = new SiiResults(10);
        List<SlopeIndexOfInequality.Quantile> one = List.of(new SlopeIndexOfInequality.Quantile(1, 10.0, 0.1, null,
                null, null, null));
        assertThatThrownBy(() -> results.of(new SlopeIndexOfInequality.Input(SlopeIndexOfInequality.Kind.VALUE, one,
                0.95, 1, false, false, false, 1000))).isInstanceOf(InvalidInputException.class);
        assertThat(results.size()).isZero();
    }
}
