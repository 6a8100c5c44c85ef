package org.healthequity.indicators.exports;

import static org.healthequity.indicators.repository.ObservationColumn.COUNT;
import static org.healthequity.indicators.repository.ObservationColumn.DENOMINATOR;
import static org.healthequity.indicators.repository.ObservationColumn.LIMITS_SOURCE;
import static org.healthequity.indicators.repository.ObservationColumn.LOWER_CI_95;
import static org.healthequity.indicators.repository.ObservationColumn.LOWER_CI_99_8;
import static org.healthequity.indicators.repository.ObservationColumn.REPORTED_TREND;
import static org.healthequity.indicators.repository.ObservationColumn.REPORTED_VS_ENGLAND;
import static org.healthequity.indicators.repository.ObservationColumn.REPORTED_VS_NEIGHBOURS;
import static org.healthequity.indicators.repository.ObservationColumn.REPORTED_VS_REGION;
import static org.healthequity.indicators.repository.ObservationColumn.SOURCE;
import static org.healthequity.indicators.repository.ObservationColumn.STATUS;
import static org.healthequity.indicators.repository.ObservationColumn.UPPER_CI_95;
import static org.healthequity.indicators.repository.ObservationColumn.UPPER_CI_99_8;
import static org.healthequity.indicators.repository.ObservationColumn.VALUE;
import static org.healthequity.indicators.repository.ObservationColumn.VALUE_NOTE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.common.csv.CsvWriter;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.statistics.ComparisonOutcome;

/**
 * The columns of Fingertips' data downloads, in its order and with its names, then this system's own: status,
 * where the limits came from, and the comparisons and trend the source reported.
 */
final class FingertipsCsvLayout {

    private FingertipsCsvLayout() {
    }

    /** The header, with two columns for each comparator group asked for after Fingertips' and this system's. */
    static List<String> header(String parentLabel, List<String> groupNames) {
        List<String> header = new ArrayList<>(header(parentLabel));
        for (String name : groupNames) {
            header.add(name + " value");
            header.add("Compared to " + name);
        }
        return header;
    }

    static List<String> header(String parentLabel) {
        return List.of("Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code", "Area Name",
                "Area Type", "Sex", "Age", "Category Type", "Category", "Time period", "Value", "Lower CI 95.0 limit",
                "Upper CI 95.0 limit", "Lower CI 99.8 limit", "Upper CI 99.8 limit", "Count", "Denominator",
                "Value note", "Recent Trend", "Compared to England value or percentiles",
                "Compared to " + parentLabel + " value or percentiles", "Time period Sortable", "New data",
                "Compared to goal", "Status", "Limits source", "Reported trend", "Reported comparison to England",
                "Reported comparison to parent", "Reported comparison to neighbours", "Source", "Last updated");
    }

    /** One row of the file: the observation, its computed comparisons and, on a series' latest row, its trend. */
    static void write(CsvWriter csv, ExportRow row, Indicator indicator, Area area, Area parent, String trend,
            String vsEngland, String vsParent, String vsGoal, List<Object> groupCells) {
        csv.field(row.indicatorId()).field(indicator.name).field(parent == null ? "" : parent.code)
                .field(parent == null ? "" : parent.name).field(area.code).field(area.name)
                .field(area.type.label()).field(row.sex()).field(row.age()).field(row.categoryType())
                .field(row.category()).field(row.periodLabel());
        csv.field(plain(row.numberText(VALUE))).field(plain(row.numberText(LOWER_CI_95)))
                .field(plain(row.numberText(UPPER_CI_95))).field(plain(row.numberText(LOWER_CI_99_8)))
                .field(plain(row.numberText(UPPER_CI_99_8))).field(plain(row.numberText(COUNT)))
                .field(plain(row.numberText(DENOMINATOR))).field(text(row.note(VALUE_NOTE))).field(trend)
                .field(vsEngland).field(vsParent).field(row.sortKey()).field("").field(vsGoal).field(row.note(STATUS))
                .field(row.note(LIMITS_SOURCE)).field(text(row.note(REPORTED_TREND)))
                .field(label(row.note(REPORTED_VS_ENGLAND))).field(label(row.note(REPORTED_VS_REGION)))
                .field(label(row.note(REPORTED_VS_NEIGHBOURS))).field(text(row.note(SOURCE)))
                .field(row.updatedAt());
        groupCells.forEach(csv::field);
        csv.endRow();
    }

    /** PostgreSQL's shortest exact text for a double, without an exponent for spreadsheet users. */
    private static String plain(String number) {
        if (number == null) {
            return "";
        }
        return number.indexOf('e') >= 0 ? new BigDecimal(number).toPlainString() : number;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String label(String outcome) {
        return outcome == null ? "" : ComparisonOutcome.valueOf(outcome).label();
    }
}
