package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OrderStatisticTest {

    @Test
    void everyPositionAgreesWithASortedCopy() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] values = new double[1 + random.nextInt(60)];
            for (int i = 0; i < values.length; i++) {
                // Few distinct values in half the trials: runs of ties are the partition's hard case.
                values[i] = trial % 2 == 0 ? random.nextGaussian() : random.nextInt(4);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int k = 0; k < values.length; k++) {
                assertThat(OrderStatistic.select(values.clone(), k)).isEqualTo(sorted[k]);
            }
        }
    }

    @Test
    void ordersInfinitiesNaNAndSignedZeroAsASortDoes() {
        double[] values = { Double.NaN, 1, Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.POSITIVE_INFINITY, -1 };
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < values.length; k++) {
            assertThat(Double.doubleToRawLongBits(OrderStatistic.select(values.clone(), k)))
                    .isEqualTo(Double.doubleToRawLongBits(sorted[k]));
        }
    }

    @Test
    void aLargeArrayOfEqualValuesIsSelectedInOnePass() {
        double[] values = new double[1_000_000];
        Arrays.fill(values, 2.5);
        assertThat(OrderStatistic.select(values, 25_000)).isEqualTo(2.5);
    }

    @Test
    void aPositionOutsideTheArrayIsRefused() {
        assertThatThrownBy(() -> OrderStatistic.select(new double[3], 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
