package org.healthequity.workstreams.repository;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.healthequity.common.period.ParsedPeriod;

/** The period a KPI target or actual is for, as its label reads and as Fingertips' sortable key orders it. */
@Embeddable
public class ReportingPeriod {

    @Column(name = "period_label", nullable = false)
    public String label;

    @Column(name = "period_sort_key", nullable = false)
    public int sortKey;

    @Column(name = "period_start", nullable = false)
    public LocalDate start;

    @Column(name = "period_end", nullable = false)
    public LocalDate end;

    public static ReportingPeriod of(ParsedPeriod parsed) {
        ReportingPeriod period = new ReportingPeriod();
        period.label = parsed.label();
        period.sortKey = parsed.sortKey();
        period.start = parsed.start();
        period.end = parsed.end();
        return period;
    }
}
