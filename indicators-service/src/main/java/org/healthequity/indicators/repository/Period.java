package org.healthequity.indicators.repository;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.period.PeriodType;
import org.healthequity.common.period.YearType;

/**
 * A time period: its canonical label, type, first and last day, and Fingertips' sortable key {@code YYYYQQMM}
 * (20150000 for 2015, 20220004 for April 2022, 20230100 for the first quarter of 2023).
 */
@Embeddable
public class Period {

    @Column(name = "period_label", nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType type;

    @Column(name = "period_start", nullable = false)
    public LocalDate start;

    @Column(name = "period_end", nullable = false)
    public LocalDate end;

    @Column(name = "period_sort_key", nullable = false)
    public int sortKey;

    public Period() {
    }

    public Period(String label, PeriodType type, LocalDate start, LocalDate end, int sortKey) {
        this.label = label;
        this.type = type;
        this.start = start;
        this.end = end;
        this.sortKey = sortKey;
    }

    /** Reads a label into a period; throws {@link PeriodParser.UnparseablePeriodException} when it cannot. */
    public static Period parse(String label, YearType yearType) {
        ParsedPeriod parsed = PeriodParser.parse(label, yearType);
        return new Period(parsed.label(), parsed.type(), parsed.start(), parsed.end(), parsed.sortKey());
    }

    /** The calendar year the period starts in, which orders annual points for trends. */
    public int startYear() {
        return sortKey / 10000;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && label.equals(period.label) && type == period.type;
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
