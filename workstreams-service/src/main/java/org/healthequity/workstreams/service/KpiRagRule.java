package org.healthequity.workstreams.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.healthequity.workstreams.repository.KpiDirection;
import org.healthequity.workstreams.repository.KpiRag;

/**
 * Rule {@value #VERSION} for a KPI's RAG in a period, kept apart from the benchmark comparison of outcome indicators.
 * The shortfall is how far the value falls short of the target in the bad direction (below it when increase is good,
 * above it when decrease is good), relative to the size of the target.
 * <ul>
 * <li>NO_DATA: the period has no target, or no approved actual.</li>
 * <li>GREEN: the target is met or beaten, or missed by at most 15 % of it (exactly 15 % is GREEN).</li>
 * <li>AMBER: missed by more than 15 % and at most 30 % (exactly 30 % is AMBER).</li>
 * <li>RED: missed by more than 30 %; or, for a target of zero, missed at all.</li>
 * </ul>
 * Comparisons are exact decimal arithmetic, so a value on a threshold falls on the side stated above. Every computed
 * status is stored with this version; changing the thresholds means a new version.
 */
public final class KpiRagRule {

    public static final String VERSION = "kpi-rag-1";
    public static final BigDecimal GREEN_TOLERANCE = new BigDecimal("0.15");
    public static final BigDecimal AMBER_TOLERANCE = new BigDecimal("0.30");

    public static final String DESCRIPTION = "Shortfall = how far the value falls short of the target in the bad "
            + "direction, as a share of the target. GREEN: target met, or shortfall at most 15%. AMBER: shortfall "
            + "above 15% and at most 30%. RED: shortfall above 30%, or any shortfall against a target of zero. "
            + "NO_DATA: no target or no approved actual for the period. For a cumulative KPI the value is the running "
            + "total of approved actuals up to the period.";

    public record Assessment(KpiRag rag, String reason) {
    }

    private KpiRagRule() {
    }

    public static Assessment assess(KpiDirection direction, BigDecimal target, BigDecimal value) {
        if (target == null) {
            return new Assessment(KpiRag.NO_DATA, "No target for this period");
        }
        if (value == null) {
            return new Assessment(KpiRag.NO_DATA, "No approved actual for this period");
        }
        BigDecimal shortfall = direction == KpiDirection.INCREASE_IS_GOOD ? target.subtract(value)
                : value.subtract(target);
        if (shortfall.signum() <= 0) {
            return new Assessment(KpiRag.GREEN, "Target met");
        }
        BigDecimal size = target.abs();
        if (size.signum() == 0) {
            return new Assessment(KpiRag.RED, "Missed a target of zero");
        }
        String share = shortfall.divide(size, MathContext.DECIMAL64).movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        if (shortfall.compareTo(size.multiply(GREEN_TOLERANCE)) <= 0) {
            return new Assessment(KpiRag.GREEN, "Short of the target by " + share + ", within 15%");
        }
        if (shortfall.compareTo(size.multiply(AMBER_TOLERANCE)) <= 0) {
            return new Assessment(KpiRag.AMBER, "Short of the target by " + share + ", more than 15% and at most 30%");
        }
        return new Assessment(KpiRag.RED, "Short of the target by " + share + ", more than 30%");
    }
}
