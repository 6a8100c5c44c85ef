package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.healthequity.indicators.statistics.SlopeIndexOfInequality.Kind;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality.Quantile;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality.Result;

/**
 * Every group of {@code sii_inputs_results.csv}: the SII and RII to 1e-6 and their limits within 5 % (the package's
 * own tolerance for its simulated limits), with the limits or the standard error given; the error-handling groups
 * refused naming the quantile.
 */
class SiiFixtureTest {

    private static final double LIMIT_TOLERANCE = 0.05;

    @Test
    void everyGroupIsReproduced() {
        Map<String, List<Map<String, String>>> groups = groups();
        int checked = 0;
        for (Map.Entry<String, List<Map<String, String>>> group : groups.entrySet()) {
            Map<String, String> first = group.getValue().get(0);
            if (first.get("TestDescription").startsWith("error handling")) {
                continue;
            }
            Kind kind = kind(first);
            double multiplier = first.get("TestDescription").contains("multiplier") ? 100 : 1;
            String[] confidences = first.get("Confidence").replaceAll("[c() ]", "").split(",");
            for (boolean withStandardError : new boolean[] { true, false }) {
                for (int c = 0; c < confidences.length; c++) {
                    double confidence = Double.parseDouble(confidences[c]) / 100;
                    Result result = SlopeIndexOfInequality.calculate(new SlopeIndexOfInequality.Input(kind,
                            quantiles(group.getValue(), withStandardError), confidence, multiplier, false, true,
                            false, SlopeIndexOfInequality.DEFAULT_REPETITIONS));
                    String what = group.getKey() + (withStandardError ? " (standard error)" : " (limits)")
                            + " at " + confidence;
                    RelativeError.assertClose(what + " SII", result.sii().value(), Fixtures.number(first, "sii"));
                    RelativeError.assertClose(what + " RII", result.rii().value(), Fixtures.number(first, "rii"));
                    String suffix = "_" + (c + 1);
                    within(what + " SII lower", result.sii().lowerCi(), Fixtures.number(first, "sii_lowercl" + suffix));
                    within(what + " SII upper", result.sii().upperCi(), Fixtures.number(first, "sii_uppercl" + suffix));
                    within(what + " RII lower", result.rii().lowerCi(), Fixtures.number(first, "rii_lowercl" + suffix));
                    within(what + " RII upper", result.rii().upperCi(), Fixtures.number(first, "rii_uppercl" + suffix));
                    checked++;
                }
            }
        }
        assertThat(checked).as("group, confidence and input variants").isEqualTo(2 * (10 + 2 * 2));
    }

    @Test
    void theErrorHandlingGroupsAreRefusedNamingTheQuantile() {
        for (Map.Entry<String, List<Map<String, String>>> group : groups().entrySet()) {
            String description = group.getValue().get(0).get("TestDescription");
            if (!description.startsWith("error handling")) {
                continue;
            }
            List<Quantile> quantiles = quantiles(group.getValue(), true);
            assertThatThrownBy(() -> SlopeIndexOfInequality.calculate(new SlopeIndexOfInequality.Input(Kind.VALUE,
                    quantiles, 0.95, 1, false, true, false, 1000)))
                    .as(group.getKey())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).matches(
                            "quantiles\\[\\d+]\\.(population|standardError|lowerCi|value)"));
        }
    }

    @Test
    void theSameRequestGivesTheSameLimits() {
        List<Map<String, String>> group = groups().values().iterator().next();
        SlopeIndexOfInequality.Input input = new SlopeIndexOfInequality.Input(Kind.VALUE, quantiles(group, true),
                0.95, 1, false, true, true, 5000);
        assertThat(SlopeIndexOfInequality.calculate(input)).isEqualTo(SlopeIndexOfInequality.calculate(input));
    }

    @Test
    void aNegativeMultiplierFlipsTheSiiAndInvertsTheRii() {
        List<Quantile> quantiles = quantiles(groups().values().iterator().next(), true);
        Result plain = SlopeIndexOfInequality.calculate(new SlopeIndexOfInequality.Input(Kind.VALUE, quantiles,
                0.95, 1, false, true, true, 5000));
        Result flipped = SlopeIndexOfInequality.calculate(new SlopeIndexOfInequality.Input(Kind.VALUE, quantiles,
                0.95, -1, false, true, true, 5000));
        RelativeError.assertClose("SII", flipped.sii().value(), -plain.sii().value());
        RelativeError.assertClose("RII", flipped.rii().value(), 1 / plain.rii().value());
        // The same draws, mirrored: the limits swap ends (to the neighbouring draw, as the package's positions do).
        within("lower SII", flipped.sii().lowerCi(), -plain.sii().upperCi());
        within("lower RII", flipped.rii().lowerCi(), 1 / plain.rii().upperCi());
        RelativeError.assertClose("intercept", flipped.intercept(), plain.intercept());
    }

    @Test
    void aTransformedRateComparesTheFittedEndsOnItsOwnScale() {
        // Values exactly exponential in rank: on the log scale the fit is exact, so the SII is e^(a+b) - e^a.
        List<Quantile> quantiles = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            double rank = (q - 0.5) / 5;
            double value = Math.exp(1 + 0.5 * rank);
            quantiles.add(new Quantile(q, 1000.0, value, value * 0.9, value / 0.9, null, null));
        }
        Result result = SlopeIndexOfInequality.calculate(new SlopeIndexOfInequality.Input(Kind.RATE, quantiles,
                0.95, 1, true, true, true, 2000));
        RelativeError.assertClose("SII", result.sii().value(), Math.exp(1.5) - Math.exp(1));
        RelativeError.assertClose("RII", result.rii().value(), Math.exp(0.5));
        RelativeError.assertClose("intercept", result.intercept(), Math.exp(1));
        List<Quantile> withStandardErrorsOnly = quantiles.stream()
                .map(q -> new Quantile(q.quantile(), q.population(), q.value(), null, null, 0.1, null)).toList();
        assertThatThrownBy(() -> SlopeIndexOfInequality.calculate(new SlopeIndexOfInequality.Input(Kind.RATE,
                withStandardErrorsOnly, 0.95, 1, true, true, false, 2000)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("limits");
    }

    private static void within(String what, double actual, Double expected) {
        assertThat(expected).as(what + " in the fixture").isNotNull();
        assertThat(Math.abs(actual - expected)).as(what + ": expected " + expected + " but was " + actual)
                .isLessThanOrEqualTo(LIMIT_TOLERANCE * Math.abs(expected));
    }

    private static Kind kind(Map<String, String> row) {
        return switch (row.get("ValueType")) {
            case "1" -> Kind.RATE;
            case "2" -> Kind.PROPORTION;
            default -> Kind.VALUE;
        };
    }

    private static List<Quantile> quantiles(List<Map<String, String>> rows, boolean withStandardError) {
        List<Quantile> quantiles = new ArrayList<>();
        for (Map<String, String> row : rows) {
            quantiles.add(new Quantile(Fixtures.number(row, "Quantile").intValue(), Fixtures.number(row, "Population"),
                    Fixtures.number(row, "Value"), withStandardError ? null : Fixtures.number(row, "LowerCL"),
                    withStandardError ? null : Fixtures.number(row, "UpperCL"),
                    withStandardError ? Fixtures.number(row, "StandardError") : null, Fixtures.number(row, "Count")));
        }
        return quantiles;
    }

    private static Map<String, List<Map<String, String>>> groups() {
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> row : Fixtures.rows("sii_inputs_results.csv")) {
            groups.computeIfAbsent(row.get("TestDescription") + " / " + row.get("Area"), key -> new ArrayList<>())
                    .add(row);
        }
        return groups;
    }
}
