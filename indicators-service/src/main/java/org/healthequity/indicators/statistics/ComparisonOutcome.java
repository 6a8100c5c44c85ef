package org.healthequity.indicators.statistics;

/**
 * The outcome of a benchmark comparison, with the words a Fingertips download uses for it. Quintile outcomes are
 * kept apart from the interval outcomes because "better" means something different in each.
 */
public enum ComparisonOutcome {
    BETTER("Better"),
    SIMILAR("Similar"),
    WORSE("Worse"),
    HIGHER("Higher"),
    LOWER("Lower"),
    BETTER_99_8("Better 99.8%"),
    BETTER_95("Better 95%"),
    WORSE_95("Worse 95%"),
    WORSE_99_8("Worse 99.8%"),
    HIGHER_99_8("Higher 99.8%"),
    HIGHER_95("Higher 95%"),
    LOWER_95("Lower 95%"),
    LOWER_99_8("Lower 99.8%"),
    QUINTILE_BEST("Best"),
    QUINTILE_BETTER("Better quintile"),
    QUINTILE_MIDDLE("Middle"),
    QUINTILE_WORSE("Worse quintile"),
    QUINTILE_WORST("Worst"),
    QUINTILE_LOWEST("Lowest"),
    QUINTILE_LOW("Low"),
    QUINTILE_HIGH("High"),
    QUINTILE_HIGHEST("Highest"),
    NOT_COMPARED("Not compared");

    private final String label;

    ComparisonOutcome(String label) {
        this.label = label;
    }

    /** The wording of a Fingertips download. */
    public String label() {
        return label;
    }
}
