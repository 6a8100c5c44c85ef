package org.healthequity.evaluation.mapping;

import java.util.Locale;

/**
 * How a comparison reads at a glance, the way public-health outcome tables colour it: better, similar or worse where
 * the indicator has a polarity; higher or lower where it has none.
 */
public enum ComparisonCategory {
    BETTER,
    SIMILAR,
    WORSE,
    HIGHER,
    LOWER,
    NOT_COMPARED;

    /** The category of an outcome as indicators-service names it (BETTER_95, WORSE, QUINTILE_BEST...). */
    public static ComparisonCategory of(String outcome) {
        if (outcome == null) {
            return NOT_COMPARED;
        }
        String name = outcome.toUpperCase(Locale.ROOT);
        if (name.startsWith("BETTER") || name.equals("QUINTILE_BEST") || name.equals("QUINTILE_BETTER")) {
            return BETTER;
        }
        if (name.startsWith("WORSE") || name.equals("QUINTILE_WORST") || name.equals("QUINTILE_WORSE")) {
            return WORSE;
        }
        if (name.equals("SIMILAR") || name.equals("QUINTILE_MIDDLE")) {
            return SIMILAR;
        }
        if (name.startsWith("HIGHER") || name.equals("QUINTILE_HIGH") || name.equals("QUINTILE_HIGHEST")) {
            return HIGHER;
        }
        if (name.startsWith("LOWER") || name.equals("QUINTILE_LOW") || name.equals("QUINTILE_LOWEST")) {
            return LOWER;
        }
        return NOT_COMPARED;
    }
}
