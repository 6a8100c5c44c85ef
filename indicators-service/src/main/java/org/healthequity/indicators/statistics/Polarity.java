package org.healthequity.indicators.statistics;

/** Whether a higher value of an indicator is good, bad, neither, or never to be judged (FingertipsNext's polarity). */
public enum Polarity {
    HIGH_IS_GOOD,
    LOW_IS_GOOD,
    /** Compared as lower, similar or higher, without saying which is better. */
    NO_JUDGEMENT,
    /** Never compared. */
    NOT_APPLICABLE
}
