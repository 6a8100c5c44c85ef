package org.healthequity.indicators.statistics;

/** How an area's value is compared with a comparator's (England, the region, a group). */
public enum BenchmarkMethod {
    /** The area's 95 % interval against the comparator's value. */
    CI_95,
    /** The area's 99.8 % interval against the comparator's value. */
    CI_99_8,
    /** Both intervals: five outcomes, significant at 99.8 %, at 95 %, or similar. */
    CI_TWO_LEVELS,
    /** The area's quintile among the comparator's child areas. */
    QUINTILES,
    NONE
}
