package org.healthequity.indicators.statistics;

/** What kind of statistic an indicator's value is; it decides how missing limits are computed from counts. */
public enum ValueType {
    PROPORTION,
    CRUDE_RATE,
    /** Directly standardised rate. */
    DSR,
    /** Indirectly standardised ratio or rate. */
    ISR,
    MEAN,
    LIFE_EXPECTANCY,
    COUNT,
    SCORE,
    OTHER
}
