package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.indicators.statistics.RelativeError.assertClose;

import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** proportion.csv, rate.csv and byars_wilson.csv, every row. */
class ProportionAndRateFixtureTest {

    @Test
    void everyProportionRowIsReproduced() {
        List<Map<String, String>> rows = Fixtures.rows("proportion.csv");
        assertThat(rows).hasSize(19);
        int checked = 0;
        for (Map<String, String> row : rows) {
            Double x = Fixtures.number(row, "Numerator");
            Double n = Fixtures.number(row, "Denominator");
            double multiplier = Fixtures.number(row, "multiplier");
            String what = row.get("Area") + " x" + multiplier;
            if (x == null || n == null) {
                assertThat(Fixtures.number(row, "value")).as(what).isNull();
                assertThatThrownBy(() -> new WilsonProportion().estimate(new WilsonProportion.Input(
                        x == null ? Double.NaN : x, n == null ? Double.NaN : n, multiplier), 0.95))
                        .isInstanceOf(InvalidInputException.class);
                continue;
            }
            Estimate at95 = new WilsonProportion().estimate(new WilsonProportion.Input(x, n, multiplier), 0.95);
            Estimate at998 = new WilsonProportion().estimate(new WilsonProportion.Input(x, n, multiplier), 0.998);
            assertClose(what + " value", at95.value(), Fixtures.number(row, "value"));
            assertClose(what + " lower 95", at95.lowerCi(), Fixtures.number(row, "lower95_0cl"));
            assertClose(what + " upper 95", at95.upperCi(), Fixtures.number(row, "upper95_0cl"));
            assertClose(what + " lower 99.8", at998.lowerCi(), Fixtures.number(row, "lower99_8cl"));
            assertClose(what + " upper 99.8", at998.upperCi(), Fixtures.number(row, "upper99_8cl"));
            assertThat(at95.statistic()).isEqualTo(row.get("statistic"));
            assertThat(at95.method()).isEqualTo(row.get("method"));
            checked++;
        }
        assertThat(checked).isEqualTo(16);
    }

    @Test
    void everyRateRowIsReproduced() {
        List<Map<String, String>> rows = Fixtures.rows("rate.csv");
        assertThat(rows).hasSize(20);
        int checked = 0;
        for (Map<String, String> row : rows) {
            Double x = Fixtures.number(row, "Numerator");
            Double n = Fixtures.number(row, "Denominator");
            double multiplier = Fixtures.number(row, "multiplier");
            String what = row.get("Area") + " per " + multiplier;
            if (x == null || n == null) {
                assertThatThrownBy(() -> new CrudeRate().estimate(new CrudeRate.Input(
                        x == null ? Double.NaN : x, n == null ? Double.NaN : n, multiplier), 0.95))
                        .isInstanceOf(InvalidInputException.class);
                continue;
            }
            Estimate at95 = new CrudeRate().estimate(new CrudeRate.Input(x, n, multiplier), 0.95);
            Estimate at998 = new CrudeRate().estimate(new CrudeRate.Input(x, n, multiplier), 0.998);
            assertClose(what + " value", at95.value(), Fixtures.number(row, "value"));
            assertClose(what + " lower 95", at95.lowerCi(), Fixtures.number(row, "lower95_0cl"));
            assertClose(what + " upper 95", at95.upperCi(), Fixtures.number(row, "upper95_0cl"));
            assertClose(what + " lower 99.8", at998.lowerCi(), Fixtures.number(row, "lower99_8cl"));
            assertClose(what + " upper 99.8", at998.upperCi(), Fixtures.number(row, "upper99_8cl"));
            assertThat(at95.method()).isEqualTo(row.get("method"));
            assertThat(at95.statistic()).isEqualTo(row.get("statistic"));
            checked++;
        }
        assertThat(checked).isEqualTo(17);
    }

    @Test
    void everyByarsAndWilsonLimitIsReproduced() {
        List<Map<String, String>> rows = Fixtures.rows("byars_wilson.csv");
        assertThat(rows).hasSize(13);
        for (Map<String, String> row : rows) {
            double x = Fixtures.number(row, "x");
            double confidence = Fixtures.confidence(row.get("confidence"));
            String what = row.get("method") + " x=" + x + " n=" + row.get("n") + " " + row.get("confidence");
            double lower;
            double upper;
            if ("Byars".equals(row.get("method"))) {
                lower = CountLimits.byarLower(x, confidence);
                upper = CountLimits.byarUpper(x, confidence);
            } else {
                double[] limits = WilsonProportion.limits(x, Fixtures.number(row, "n"), confidence);
                lower = limits[0];
                upper = limits[1];
            }
            assertClose(what + " lower", lower, Fixtures.number(row, "lowercl"));
            assertClose(what + " upper", upper, Fixtures.number(row, "uppercl"));
        }
    }

    @Test
    void impossibleProportionsAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> new WilsonProportion().estimate(new WilsonProportion.Input(11, 10, 100), 0.95))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot exceed")
                .extracting("field").isEqualTo("count");
        assertThatThrownBy(() -> new CrudeRate().estimate(new CrudeRate.Input(-1, 10, 100), 0.95))
                .extracting("field").isEqualTo("count");
        assertThatThrownBy(() -> new CrudeRate().estimate(new CrudeRate.Input(1, 0, 100), 0.95))
                .extracting("field").isEqualTo("denominator");
    }

    @Test
    void aZeroCountHasAZeroLowerLimit() {
        Estimate estimate = new CrudeRate().estimate(new CrudeRate.Input(0, 1000, 100000), 0.95);
        assertThat(estimate.value()).isZero();
        assertThat(estimate.lowerCi()).isZero();
        assertThat(estimate.upperCi()).isCloseTo(368.8879, Offset.offset(1e-3));
    }
}
