package org.healthequity.indicators.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

import org.healthequity.common.period.PeriodType;

/**
 * What a page of observations is compared with, read once per page in plain SQL: the comparators' values for its
 * indicators and periods, and every stored point of its series for their trends. Published values only unless the
 * caller reads every status, as the CSV export does.
 */
@ApplicationScoped
public class ComparisonQueries {

    private final AgroalDataSource dataSource;

    ComparisonQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One stored point of a series, for its trend. */
    public record SeriesPoint(PeriodType type, int sortKey, Double value, Double count, Double denominator,
            Double lower95, Double upper95) {
    }

    /** An observation's series: indicator, area and breakdown. */
    public static String series(int indicatorId, String areaCode, String sex, String age, String categoryType,
            String category) {
        return indicatorId + "|" + areaCode + "|" + sex + "|" + age + "|" + categoryType + "|" + category;
    }

    /** A value's key: its series' breakdown, period and area. */
    public static String key(int indicatorId, String sex, String age, String categoryType, String category,
            String period, String areaCode) {
        return indicatorId + "|" + sex + "|" + age + "|" + categoryType + "|" + category + "|" + period + "|"
                + areaCode;
    }

    /** The values of those areas for the indicators and periods, by {@link #key}. */
    public Map<String, Double> values(List<Integer> indicatorIds, List<String> areaCodes, Set<String> periodLabels,
            boolean publishedOnly) {
        Map<String, Double> values = new HashMap<>();
        if (indicatorIds.isEmpty() || areaCodes.isEmpty() || periodLabels.isEmpty()) {
            return values;
        }
        query("SELECT indicator_id, sex, age, category_type, category, period_label, area_code, value "
                + "FROM observation WHERE indicator_id = ANY (?) AND area_code = ANY (?) AND period_label = ANY (?) "
                + "AND value IS NOT NULL" + (publishedOnly ? " AND status = 'PUBLISHED'" : ""),
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("integer", indicatorIds.toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("text", areaCodes.toArray()));
                    statement.setArray(3, statement.getConnection().createArrayOf("text", periodLabels.toArray()));
                }, rows -> values.put(key(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7)), rows.getDouble(8)));
        return values;
    }

    /** Every stored point of the series of those indicators and areas, by {@link #series}, in period order. */
    public Map<String, List<SeriesPoint>> series(List<Integer> indicatorIds, List<String> areaCodes,
            boolean publishedOnly) {
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        if (indicatorIds.isEmpty() || areaCodes.isEmpty()) {
            return series;
        }
        query("SELECT indicator_id, area_code, sex, age, category_type, category, period_type, period_sort_key, "
                + "value, count, denominator, lower_ci_95, upper_ci_95 FROM observation WHERE indicator_id = ANY (?) "
                + "AND area_code = ANY (?)" + (publishedOnly ? " AND status = 'PUBLISHED'" : "")
                + " ORDER BY period_sort_key",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("integer", indicatorIds.toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("text", areaCodes.toArray()));
                }, rows -> series.computeIfAbsent(series(rows.getInt(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6)), k -> new ArrayList<>())
                        .add(new SeriesPoint(PeriodType.valueOf(rows.getString(7)), rows.getInt(8), number(rows, 9),
                                number(rows, 10), number(rows, 11), number(rows, 12), number(rows, 13))));
        return series;
    }

    private void query(String sql, SqlReads.Binder binder, SqlReads.RowReader reader) {
        SqlReads.query(dataSource, "Comparison", sql, binder, reader);
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        return SqlReads.number(rows, column);
    }
}
