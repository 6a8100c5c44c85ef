package org.healthequity.indicators.statistics;

import java.util.List;

/**
 * A value against its area's goals for the indicator: the goal that applies is the first due at or after the
 * value's period, or, once every goal's period has passed, the last one due. The goal is met when the value is on
 * its good side by the indicator's polarity, the goal itself included; an indicator without a polarity that judges
 * (or a value without a goal) is not compared.
 */
public final class GoalComparison {

    private GoalComparison() {
    }

    /** A goal: a value to reach by the period of this sort key. */
    public record Goal(double value, String periodLabel, int sortKey) {
    }

    public record Result(Goal goal, Boolean met, String label) {
    }

    /** {@code goals} in period order. */
    public static Result compare(Double value, int sortKey, List<Goal> goals, Polarity polarity) {
        if (goals == null || goals.isEmpty()) {
            return null;
        }
        Goal applies = goals.get(goals.size() - 1);
        for (Goal goal : goals) {
            if (goal.sortKey() >= sortKey) {
                applies = goal;
                break;
            }
        }
        if (value == null || polarity != Polarity.HIGH_IS_GOOD && polarity != Polarity.LOW_IS_GOOD) {
            return new Result(applies, null, "Not compared");
        }
        boolean met = polarity == Polarity.HIGH_IS_GOOD ? value >= applies.value() : value <= applies.value();
        return new Result(applies, met, met ? "Met" : "Not met");
    }
}
