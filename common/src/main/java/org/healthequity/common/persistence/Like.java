package org.healthequity.common.persistence;

import java.util.Locale;

/** Patterns for case-insensitive "contains" searches, with the caller's own % and _ taken literally. */
public final class Like {

    private Like() {
    }

    /** A lower-case {@code %text%} pattern for a query that declares {@code escape '\'}. */
    public static String containing(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
