package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-worked NTILE(4) splits: 8 values (2 a group), 10 (3, 3, 2, 2) and 7 (2, 2, 2, 1). */
class PeerDistributionTest {

    @Test
    void quartilesAreTheLargestValueOfEachOfTheFirstThreeGroups() {
        assertThat(PeerDistribution.of(List.of(8.0, 1.0, 7.0, 2.0, 6.0, 3.0, 5.0, 4.0)))
                .isEqualTo(new PeerDistribution(8, 1.0, 2.0, 4.0, 6.0, 8.0));
        assertThat(PeerDistribution.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0)))
                .isEqualTo(new PeerDistribution(10, 1.0, 3.0, 6.0, 8.0, 10.0));
        assertThat(PeerDistribution.of(Arrays.asList(1.0, 2.0, null, 3.0, 4.0, 5.0, 6.0, 7.0, Double.NaN)))
                .isEqualTo(new PeerDistribution(7, 1.0, 2.0, 4.0, 6.0, 7.0));
    }

    @Test
    void fewerThanFourValuesGiveOnlyTheirCount() {
        assertThat(PeerDistribution.of(List.of(1.0, 2.0, 3.0)))
                .isEqualTo(new PeerDistribution(3, null, null, null, null, null));
    }

    @Test
    void aValueFallsInTheFirstQuartileWhoseBoundHoldsIt() {
        PeerDistribution distribution = PeerDistribution.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0));
        assertThat(List.of(1.0, 2.5, 4.0, 6.0, 9.0).stream().map(distribution::quartileOf).toList())
                .containsExactly(1, 2, 2, 3, 4);
    }
}
