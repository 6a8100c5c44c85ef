package org.healthequity.common.mapping;

/** Free text as stored: trimmed, and blank meaning absent. */
public final class Text {

    private Text() {
    }

    public static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
