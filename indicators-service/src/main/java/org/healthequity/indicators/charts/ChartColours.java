package org.healthequity.indicators.charts;

import java.awt.Color;

import org.healthequity.indicators.statistics.ComparisonOutcome;

/** Fingertips' colours for comparisons, so that a chart reads as the public-health profiles do. */
final class ChartColours {

    static final Color BETTER = new Color(0x92, 0xD0, 0x50);
    static final Color SIMILAR = new Color(0xFF, 0xC0, 0x00);
    static final Color WORSE = new Color(0xC0, 0x00, 0x00);
    static final Color HIGHER_OR_LOWER = new Color(0x55, 0x55, 0xE6);
    static final Color NOT_COMPARED = new Color(0xA0, 0xA0, 0xA0);
    static final Color RANGE = new Color(0xC9, 0xC9, 0xC9);
    static final Color QUARTILES = new Color(0x8E, 0x8E, 0x8E);
    static final Color AREA = new Color(0x1F, 0x4E, 0x79);
    static final Color BAND = new Color(0x1F, 0x4E, 0x79, 0x40);
    static final Color[] COMPARATORS = { Color.BLACK, new Color(0xE0, 0x7B, 0x00), new Color(0x6A, 0x3D, 0x9A),
        new Color(0x00, 0x80, 0x80), new Color(0x8B, 0x45, 0x13) };

    private ChartColours() {
    }

    static Color of(ComparisonOutcome outcome) {
        if (outcome == null) {
            return NOT_COMPARED;
        }
        return switch (outcome) {
            case BETTER -> BETTER;
            case SIMILAR -> SIMILAR;
            case WORSE -> WORSE;
            case HIGHER, LOWER -> HIGHER_OR_LOWER;
            default -> NOT_COMPARED;
        };
    }
}
