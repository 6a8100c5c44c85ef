package org.healthequity.common.period;

/** What a label such as {@code 2021/22} means for an indicator: a financial or an academic year. */
public enum YearType {
    CALENDAR,
    FINANCIAL,
    ACADEMIC
}
