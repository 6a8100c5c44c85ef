package org.healthequity.indicators.mapping;

import java.util.ArrayList;
import java.util.List;

/** The scorecard as flat CSV rows: one per indicator series and period, with three columns per comparator. */
public final class ScorecardCsv {

    private ScorecardCsv() {
    }

    /** The header, then the rows. */
    public static List<List<Object>> rows(ScorecardView scorecard) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("Principle", "Indicator ID", "Indicator", "Sex", "Age", "Unit",
                "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit",
                "Upper CI 99.8 limit", "Count", "Denominator"));
        for (AreaView comparator : scorecard.comparators()) {
            header.add(comparator.name() + " value");
            header.add("Compared to " + comparator.name() + " (computed)");
            header.add("Compared to " + comparator.name() + " (reported)");
        }
        header.addAll(List.of("Compared to neighbours (reported)", "Recent trend (computed)",
                "Recent trend (reported)", "Value note", "Goal", "Goal period", "Compared to goal"));
        rows.add(header);
        for (ScorecardView.PrincipleRows principle : scorecard.principles()) {
            for (ScorecardView.Row row : principle.indicators()) {
                for (ScorecardView.PeriodEntry entry : row.periods()) {
                    rows.add(line(principle, row, entry));
                }
            }
        }
        return rows;
    }

    private static List<Object> line(ScorecardView.PrincipleRows principle, ScorecardView.Row row,
            ScorecardView.PeriodEntry entry) {
        List<Object> line = new ArrayList<>(List.of(principle.id(), row.indicatorId(), row.name(), row.sex(),
                row.age(), text(row.unit()), entry.period().label(), cell(entry.value()), cell(entry.lowerCi95()),
                cell(entry.upperCi95()), cell(entry.lowerCi998()), cell(entry.upperCi998()), cell(entry.count()),
                cell(entry.denominator())));
        for (ScorecardView.Comparison comparison : entry.comparisons()) {
            line.add(cell(comparison.value()));
            line.add(comparison.computedLabel());
            line.add(comparison.reported() == null ? "" : comparison.reported().label());
        }
        line.add(entry.reportedVsNeighbours() == null ? "" : entry.reportedVsNeighbours().label());
        line.add(entry.trend().label());
        line.add(text(entry.trend().reported()));
        line.add(text(entry.valueNote()));
        line.add(entry.goal() == null ? "" : cell(entry.goal().value()));
        line.add(entry.goal() == null ? "" : entry.goal().period());
        line.add(entry.goal() == null ? "" : entry.goal().label());
        return line;
    }

    private static Object cell(Double number) {
        return number == null ? "" : number;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
