package org.healthequity.workstreams.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.healthequity.workstreams.repository.KpiDirection;
import org.healthequity.workstreams.repository.KpiRag;

class KpiRagRuleTest {

    @ParameterizedTest(name = "increase is good: target {0}, value {1} -> {2}")
    @CsvSource({
            "100, 120, GREEN",          // beaten
            "100, 100, GREEN",          // met exactly
            "100, 85, GREEN",           // 15 % short: on the GREEN edge
            "100, 84.999, AMBER",       // just beyond 15 %
            "120, 102, GREEN",          // 15 % of 120 short, exactly
            "120, 101.99, AMBER",
            "100, 70, AMBER",           // 30 % short: on the AMBER edge
            "100, 69.999, RED",         // just beyond 30 %
            "3, 2.55, GREEN",           // 0.45 short of 3 is exactly 15 %, where binary floating point would waver
            "3, 2.1, AMBER",            // exactly 30 %
            "0, 0, GREEN",              // a target of zero, met
            "0, -1, RED",               // a target of zero, missed
            "-10, -11.5, GREEN",        // negative target: 1.5 short of a size of 10 is 15 %
            "-10, -13.01, RED" })
    void increaseIsGood(BigDecimal target, BigDecimal value, KpiRag expected) {
        assertThat(KpiRagRule.assess(KpiDirection.INCREASE_IS_GOOD, target, value).rag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "decrease is good: target {0}, value {1} -> {2}")
    @CsvSource({
            "50, 40, GREEN",            // beaten
            "50, 57.5, GREEN",          // 15 % over: GREEN edge
            "50, 57.51, AMBER",
            "50, 65, AMBER",            // 30 % over: AMBER edge
            "50, 65.01, RED",
            "0, 0, GREEN",
            "0, 1, RED" })
    void decreaseIsGood(BigDecimal target, BigDecimal value, KpiRag expected) {
        assertThat(KpiRagRule.assess(KpiDirection.DECREASE_IS_GOOD, target, value).rag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "target {0}, value {1}: no data")
    @CsvSource(value = { "NULL, 10", "10, NULL", "NULL, NULL" }, nullValues = "NULL")
    void missingTargetOrValueIsNoData(BigDecimal target, BigDecimal value) {
        KpiRagRule.Assessment assessment = KpiRagRule.assess(KpiDirection.INCREASE_IS_GOOD, target, value);
        assertThat(assessment.rag()).isEqualTo(KpiRag.NO_DATA);
        assertThat(assessment.reason()).startsWith(target == null ? "No target" : "No approved actual");
    }

    @ParameterizedTest(name = "reason for {0} against 100")
    @CsvSource({ "90, 'Short of the target by 10.0%, within 15%'",
            "80, 'Short of the target by 20.0%, more than 15% and at most 30%'",
            "60, 'Short of the target by 40.0%, more than 30%'" })
    void theReasonGivesTheShortfall(BigDecimal value, String reason) {
        assertThat(KpiRagRule.assess(KpiDirection.INCREASE_IS_GOOD, new BigDecimal("100"), value).reason())
                .isEqualTo(reason);
    }
}
