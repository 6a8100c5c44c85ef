package org.healthequity.indicators.repository;

/** Where an observation's confidence limits come from. */
public enum LimitsSource {
    /** As the source published them; never recomputed. */
    SUPPLIED,
    /** Computed here from the count and denominator, by the indicator's value type. */
    COMPUTED,
    /** No limits. */
    NONE
}
