package org.healthequity.common.period;

/** The kinds of time period Fingertips and the seed's outcome table use. */
public enum PeriodType {
    /** {@code 2023} */
    CALENDAR_YEAR(true),
    /** {@code 2022/23}, April to March */
    FINANCIAL_YEAR(true),
    /** {@code 2022/23}, September to August */
    ACADEMIC_YEAR(true),
    /** {@code 2018-20}, pooled calendar years */
    CALENDAR_MULTI_YEAR(false),
    /** {@code 2020/21-22/23}, pooled financial years */
    FINANCIAL_MULTI_YEAR(false),
    /** {@code 2019/20-21/22}, pooled academic years */
    ACADEMIC_MULTI_YEAR(false),
    /** {@code 2023 Q1} */
    CALENDAR_QUARTER(false),
    /** {@code 2023/24 Q1}, April to June */
    FINANCIAL_QUARTER(false),
    /** {@code Apr-22}: a month, often a point in time */
    MONTH(false);

    private final boolean singleYear;

    PeriodType(boolean singleYear) {
        this.singleYear = singleYear;
    }

    /** Whether the period is one whole year, as recent trends require. */
    public boolean isSingleYear() {
        return singleYear;
    }
}
