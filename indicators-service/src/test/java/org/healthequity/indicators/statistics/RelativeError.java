package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;

/** Agreement with PHEindicatormethods to the 6 significant figures analysts compare. */
final class RelativeError {

    static final double TOLERANCE = 1e-6;

    private RelativeError() {
    }

    static void assertClose(String what, Double actual, Double expected) {
        if (expected == null || expected.isNaN()) {
            assertThat(actual == null || actual.isNaN()).as(what + " should have no value, was " + actual).isTrue();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        double error = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
        assertThat(error).as(what + ": expected " + expected + " but was " + actual).isLessThanOrEqualTo(TOLERANCE);
    }
}
