package org.healthequity.indicators.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.healthequity.indicators.statistics.ComparisonOutcome;

/**
 * Reads the comparisons a source reports into outcomes: Fingertips' words ("Better", "Similar", "Not compared",
 * "Better 95%", "Best"…) and the red/amber/green letters of a local outcome table (R worse, A similar, G better).
 */
public final class ReportedOutcomes {

    private static final Map<String, ComparisonOutcome> BY_TEXT = new HashMap<>();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Cells as they came, read before: a large import repeats a handful of words a million times. */
    private static final Map<String, ComparisonOutcome> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 1024;

    static {
        for (ComparisonOutcome outcome : ComparisonOutcome.values()) {
            BY_TEXT.put(normalise(outcome.label()), outcome);
            BY_TEXT.put(normalise(outcome.name()), outcome);
        }
        BY_TEXT.put("g", ComparisonOutcome.BETTER);
        BY_TEXT.put("green", ComparisonOutcome.BETTER);
        BY_TEXT.put("a", ComparisonOutcome.SIMILAR);
        BY_TEXT.put("amber", ComparisonOutcome.SIMILAR);
        BY_TEXT.put("r", ComparisonOutcome.WORSE);
        BY_TEXT.put("red", ComparisonOutcome.WORSE);
        BY_TEXT.put("n/a", ComparisonOutcome.NOT_COMPARED);
        BY_TEXT.put("na", ComparisonOutcome.NOT_COMPARED);
        BY_TEXT.put("-", ComparisonOutcome.NOT_COMPARED);
        BY_TEXT.put("not applicable", ComparisonOutcome.NOT_COMPARED);
        BY_TEXT.put("better quintile", ComparisonOutcome.QUINTILE_BETTER);
        BY_TEXT.put("worse quintile", ComparisonOutcome.QUINTILE_WORSE);
    }

    private ReportedOutcomes() {
    }

    /** The outcome, or null for an empty cell. */
    public static ComparisonOutcome read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        ComparisonOutcome outcome = SEEN.get(text);
        if (outcome != null) {
            return outcome;
        }
        outcome = BY_TEXT.get(normalise(text));
        if (outcome != null && SEEN.size() < MAX_SEEN) {
            SEEN.put(text, outcome);
        }
        if (outcome == null) {
            throw new IllegalArgumentException("'" + text + "' is not a comparison outcome (Better, Similar, Worse, "
                    + "Higher, Lower, Not compared, R, A, G…)");
        }
        return outcome;
    }

    private static String normalise(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return SPACES.matcher(lower).replaceAll(" ");
    }
}
