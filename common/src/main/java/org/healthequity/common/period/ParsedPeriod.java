package org.healthequity.common.period;

import java.time.LocalDate;

/**
 * A time period read from its label: the canonical label, its type, first and last day, and Fingertips' sortable
 * key {@code YYYYQQMM} (20150000 for 2015, 20220004 for April 2022, 20230100 for the first quarter of 2023).
 */
public record ParsedPeriod(String label, PeriodType type, LocalDate start, LocalDate end, int sortKey) {

    /** The calendar year the period starts in, which orders annual points. */
    public int startYear() {
        return sortKey / 10000;
    }
}
