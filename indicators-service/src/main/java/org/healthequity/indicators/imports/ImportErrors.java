package org.healthequity.indicators.imports;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.common.problem.ProblemError;

/**
 * The problems an import finds: every one counted, the first {@link #KEPT} kept to report. A million bad rows cost
 * a counter, not a million problems in memory.
 */
final class ImportErrors {

    /** Errors kept in the summary and the stored record; the count says how many there were in all. */
    static final int KEPT = 1000;

    private final List<ProblemError> kept = new ArrayList<>();
    private int count;

    void add(ProblemError error) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(error);
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The first {@link #KEPT} errors, in the order they were found. */
    List<ProblemError> kept() {
        return List.copyOf(kept);
    }
}
