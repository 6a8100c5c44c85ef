package org.healthequity.indicators.service;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.core.Utils;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.healthequity.common.csv.CsvWriter;
import org.healthequity.common.period.PeriodType;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.RecentTrend;

/**
 * Observations as a Fingertips CSV download, streamed from a database cursor: the rows of one series (indicator,
 * breakdown, area) are held only until the series ends, so memory stays flat however many rows are exported. Each
 * row is compared with England and with its parent area by the indicator's method, and the latest row of each series
 * carries its recent trend, as Fingertips' downloads do. The source's own comparisons and trend follow in
 * {@code Reported …} columns.
 */
@ApplicationScoped
public class ObservationExport {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ObservationExport.class);

    static final String ENGLAND = "E92000001";
    private static final int FETCH_SIZE = 5000;

    private final AgroalDataSource dataSource;
    private final IndicatorRepository indicators;
    private final AreaRepository areas;

    ObservationExport(AgroalDataSource dataSource, IndicatorRepository indicators, AreaRepository areas) {
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.areas = areas;
    }

    public void write(ObservationRepository.Filter filter, CsvWriter csv) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            Map<Integer, Indicator> indicatorById = indicators.listAll().stream()
                    .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));
            Map<String, Area> areaByCode = areas.listAll().stream()
                    .collect(Collectors.toMap(area -> area.code, Function.identity()));
            try (Connection connection = dataSource.getConnection()) {
                Where where = Where.of(filter, true);
                Where comparable = Where.of(filter, false);
                Map<String, Double> comparatorValues = comparatorValues(connection, comparable, areaByCode);
                Map<String, List<Double>> peers = peers(connection, comparable, areaByCode, indicatorById);
                csv.row(header(parentLabel(connection, where, areaByCode)));
                stream(connection, where, indicatorById, areaByCode, comparatorValues, peers, csv);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Export failed: " + e.getMessage(), e);
            }
        });
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

    /** One row of the cursor: the numbers as doubles for the statistics, and as PostgreSQL's text for the file. */
    private record Row(int indicatorId, String areaCode, String periodLabel, PeriodType periodType, int sortKey,
            String sex, String age, String categoryType, String category, Double value, Double count,
            Double denominator, Double lower95, Double upper95, Double lower998, Double upper998, String[] numbers,
            String limitsSource, String valueNote, String status, String reportedTrend, String reportedVsEngland,
            String reportedVsRegion, String reportedVsNeighbours, String source, String updatedAt) {

        boolean sameSeries(Row other) {
            return other != null && indicatorId == other.indicatorId && areaCode.equals(other.areaCode)
                    && sex.equals(other.sex) && age.equals(other.age) && categoryType.equals(other.categoryType)
                    && category.equals(other.category);
        }

        String key(String area) {
            return indicatorId + "|" + periodLabel + "|" + sex + "|" + age + "|" + categoryType + "|" + category
                    + "|" + area;
        }
    }

    private static final String NUMBERS = "value, count, denominator, lower_ci_95, upper_ci_95, lower_ci_99_8, "
            + "upper_ci_99_8";

    /**
     * Streams the rows with {@code COPY … TO STDOUT (FORMAT binary)}: PostgreSQL produces rows continuously while
     * they are written out, instead of waiting for each fetch of a cursor. Numbers arrive both as doubles (for the
     * statistics) and as PostgreSQL's shortest exact text (for the file).
     */
    private void stream(Connection connection, Where where, Map<Integer, Indicator> indicatorById,
            Map<String, Area> areaByCode, Map<String, Double> comparatorValues, Map<String, List<Double>> peers,
            CsvWriter csv) throws SQLException, IOException {
        String sql = "COPY (SELECT indicator_id, area_code, period_label, period_type, period_sort_key, sex, age, "
                + "category_type, category, " + NUMBERS + ", " + NUMBERS.replace(",", "::text,") + "::text, "
                + "limits_source, value_note, status, reported_trend, reported_vs_england, reported_vs_region, "
                + "reported_vs_neighbours, source, (updated_at AT TIME ZONE 'UTC')::text FROM observation"
                + where.inline()
                // The natural key's own order, so that the rows come off its index unsorted; each series is then put
                // in period order in memory, where it is small.
                + " ORDER BY indicator_id, area_code, sex, age, category_type, category, period_label"
                + ") TO STDOUT WITH (FORMAT binary)";
        long started = System.nanoTime();
        long count = 0;
        List<Row> series = new ArrayList<>();
        try (BinaryCopyReader rows = new BinaryCopyReader(new PGCopyInputStream(
                connection.unwrap(PGConnection.class), sql))) {
            while (rows.next()) {
                count++;
                int indicatorId = rows.int4();
                String areaCode = rows.text();
                String periodLabel = rows.text();
                PeriodType periodType = PeriodType.valueOf(rows.text());
                int sortKey = rows.int4();
                String sex = rows.text();
                String age = rows.text();
                String categoryType = rows.text();
                String category = rows.text();
                Double[] doubles = new Double[7];
                for (int i = 0; i < doubles.length; i++) {
                    doubles[i] = rows.float8();
                }
                String[] numbers = new String[7];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = rows.text();
                }
                Row row = new Row(indicatorId, areaCode, periodLabel, periodType, sortKey, sex, age, categoryType,
                        category, doubles[0], doubles[1], doubles[2], doubles[3], doubles[4], doubles[5], doubles[6],
                        numbers, rows.text(), rows.text(), rows.text(), rows.text(), rows.text(), rows.text(),
                        rows.text(), rows.text(), isoInstant(rows.text()));
                if (!series.isEmpty() && !row.sameSeries(series.get(0))) {
                    writeSeries(series, indicatorById, areaByCode, comparatorValues, peers, csv);
                    series.clear();
                }
                series.add(row);
            }
        }
        if (!series.isEmpty()) {
            writeSeries(series, indicatorById, areaByCode, comparatorValues, peers, csv);
        }
        LOG.infof("Exported %d observations in %.1f s", count, (System.nanoTime() - started) / 1e9);
    }

    private static void writeSeries(List<Row> series, Map<Integer, Indicator> indicatorById,
            Map<String, Area> areaByCode, Map<String, Double> comparatorValues, Map<String, List<Double>> peers,
            CsvWriter csv) {
        series.sort(java.util.Comparator.comparingInt(Row::sortKey));
        Indicator indicator = indicatorById.get(series.get(0).indicatorId());
        Area area = areaByCode.get(series.get(0).areaCode());
        Area parent = area.parentCode == null ? null : areaByCode.get(area.parentCode);
        List<RecentTrend.Point> points = new ArrayList<>(series.size());
        for (Row row : series) {
            points.add(Benchmarks.point(row.sortKey() / 10000, row.periodType(), row.value(), row.count(),
                    row.denominator(), row.lower95(), row.upper95()));
        }
        String trend = Benchmarks.trend(indicator, points).label();
        for (int i = 0; i < series.size(); i++) {
            Row row = series.get(i);
            BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(row.value(), row.lower95(),
                    row.upper95(), row.lower998(), row.upper998());
            String vsEngland = compared(indicator, interval, area, ENGLAND, row, comparatorValues, peers);
            String vsParent = parent == null || parent.code.equals(ENGLAND) ? ComparisonOutcome.NOT_COMPARED.label()
                    : compared(indicator, interval, area, parent.code, row, comparatorValues, peers);
            csv.field(row.indicatorId()).field(indicator.name).field(parent == null ? "" : parent.code)
                    .field(parent == null ? "" : parent.name).field(area.code).field(area.name)
                    .field(area.type.label()).field(row.sex()).field(row.age()).field(row.categoryType())
                    .field(row.category()).field(row.periodLabel());
            String[] numbers = row.numbers();
            csv.field(plain(numbers[0])).field(plain(numbers[3])).field(plain(numbers[4])).field(plain(numbers[5]))
                    .field(plain(numbers[6])).field(plain(numbers[1])).field(plain(numbers[2]))
                    .field(text(row.valueNote())).field(i == series.size() - 1 ? trend : "").field(vsEngland)
                    .field(vsParent).field(row.sortKey()).field("").field("").field(row.status())
                    .field(row.limitsSource()).field(text(row.reportedTrend())).field(label(row.reportedVsEngland()))
                    .field(label(row.reportedVsRegion())).field(label(row.reportedVsNeighbours()))
                    .field(text(row.source())).field(row.updatedAt()).endRow();
        }
    }

    private static String compared(Indicator indicator, BenchmarkComparison.Interval interval, Area area,
            String comparator, Row row, Map<String, Double> comparatorValues, Map<String, List<Double>> peers) {
        if (area.code.equals(comparator)) {
            return ComparisonOutcome.NOT_COMPARED.label();
        }
        return Benchmarks.compare(indicator, interval, comparatorValues.get(row.key(comparator)),
                () -> peers.getOrDefault(row.key(area.type + "<" + comparator), List.of())).outcome().label();
    }

    /** Values of the areas that others are compared with: England and every parent area. */
    private static Map<String, Double> comparatorValues(Connection connection, Where where,
            Map<String, Area> areaByCode) throws SQLException {
        Set<String> comparators = areaByCode.values().stream().map(area -> area.parentCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        comparators.add(ENGLAND);
        Map<String, Double> values = new HashMap<>();
        String sql = "SELECT indicator_id, period_label, sex, age, category_type, category, area_code, value "
                + "FROM observation" + where.andByArea("area_code = ANY (?) AND value IS NOT NULL");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = where.bind(statement);
            statement.setArray(next, connection.createArrayOf("text", comparators.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getInt(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|"
                            + rows.getString(4) + "|" + rows.getString(5) + "|" + rows.getString(6) + "|"
                            + rows.getString(7), rows.getDouble(8));
                }
            }
        }
        return values;
    }

    /**
     * For quintile indicators only: the values of the areas of each type under each ancestor, so that an area can
     * be ranked among its comparator's areas of the same type.
     */
    private static Map<String, List<Double>> peers(Connection connection, Where where, Map<String, Area> areaByCode,
            Map<Integer, Indicator> indicatorById) throws SQLException {
        List<Integer> quintiles = indicatorById.values().stream()
                .filter(indicator -> indicator.benchmarkMethod == BenchmarkMethod.QUINTILES)
                .map(indicator -> indicator.id).toList();
        Map<String, List<Double>> peers = new HashMap<>();
        if (quintiles.isEmpty()) {
            return peers;
        }
        String sql = "SELECT indicator_id, period_label, sex, age, category_type, category, area_code, value "
                + "FROM observation" + where.sql() + (where.sql().isEmpty() ? " WHERE " : " AND ")
                + "indicator_id = ANY (?) AND value IS NOT NULL";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = where.bind(statement);
            statement.setArray(next, connection.createArrayOf("integer", quintiles.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Area area = areaByCode.get(rows.getString(7));
                    String prefix = rows.getInt(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|"
                            + rows.getString(4) + "|" + rows.getString(5) + "|" + rows.getString(6) + "|";
                    for (Area ancestor = parentOf(area, areaByCode); ancestor != null;
                            ancestor = parentOf(ancestor, areaByCode)) {
                        peers.computeIfAbsent(prefix + area.type + "<" + ancestor.code, key -> new ArrayList<>())
                                .add(rows.getDouble(8));
                    }
                }
            }
        }
        return peers;
    }

    /** "Region" when every exported area's parent is a region; "parent" when they differ. */
    private static String parentLabel(Connection connection, Where where, Map<String, Area> areaByCode)
            throws SQLException {
        Set<AreaType> parentTypes = EnumSet.noneOf(AreaType.class);
        String sql = "SELECT a.code FROM area a WHERE EXISTS (SELECT 1 FROM observation o"
                + where.andByArea("o.area_code = a.code COLLATE \"C\"") + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            where.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Area parent = parentOf(areaByCode.get(rows.getString(1)), areaByCode);
                    if (parent != null && !parent.code.equals(ENGLAND)) {
                        parentTypes.add(parent.type);
                    }
                }
            }
        }
        return parentTypes.size() == 1 ? parentTypes.iterator().next().label() : "parent";
    }

    private static Area parentOf(Area area, Map<String, Area> areaByCode) {
        return area == null || area.parentCode == null ? null : areaByCode.get(area.parentCode);
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** {@code 2026-11-26 00:23:30.904662}, as PostgreSQL writes a UTC timestamp, in ISO 8601 with its zone. */
    private static String isoInstant(String utc) {
        return utc.substring(0, 10) + 'T' + utc.substring(11) + 'Z';
    }

    /** PostgreSQL's shortest exact text for a double, without an exponent for spreadsheet users. */
    private static String plain(String number) {
        if (number == null) {
            return "";
        }
        return number.indexOf('e') >= 0 ? new java.math.BigDecimal(number).toPlainString() : number;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String label(String outcome) {
        return outcome == null ? "" : ComparisonOutcome.valueOf(outcome).label();
    }

    /** The filter as SQL, with its parameters bound in order. */
    private record Where(String sql, List<Object> parameters, boolean namesIndicators) {

        static Where of(ObservationRepository.Filter filter, boolean includeRowFilters) {
            List<String> clauses = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            any(clauses, parameters, "indicator_id", filter.indicators(), "integer");
            if (includeRowFilters && filter.areas() != null && !filter.areas().isEmpty()) {
                if (clauses.isEmpty()) {
                    clauses.add(ObservationRepository.EVERY_INDICATOR);
                }
                any(clauses, parameters, "area_code", filter.areas(), "text");
            }
            boolean namesIndicators = !clauses.isEmpty();
            any(clauses, parameters, "period_label", filter.periods(), "text");
            equal(clauses, parameters, "sex", filter.sex());
            equal(clauses, parameters, "age", filter.age());
            equal(clauses, parameters, "category_type", filter.categoryType());
            equal(clauses, parameters, "category", filter.category());
            if (includeRowFilters && filter.updatedSince() != null) {
                clauses.add("updated_at >= ?");
                parameters.add(Timestamp.from(filter.updatedSince()));
            }
            if (includeRowFilters && filter.status() != null) {
                clauses.add("status = ?");
                parameters.add(filter.status().name());
            }
            return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters,
                    namesIndicators);
        }

        /** This filter and a condition on the area, naming every indicator when the filter names none. */
        String andByArea(String areaCondition) {
            return (sql.isEmpty() ? " WHERE " : sql + " AND ")
                    + (namesIndicators ? "" : ObservationRepository.EVERY_INDICATOR + " AND ") + areaCondition;
        }

        /** The same filter with its values as escaped literals, for a COPY statement, which takes no parameters. */
        String inline() throws SQLException {
            StringBuilder sql = new StringBuilder();
            int parameter = 0;
            for (int i = 0; i < this.sql.length(); i++) {
                char c = this.sql.charAt(i);
                if (c != '?') {
                    sql.append(c);
                    continue;
                }
                Object value = parameters.get(parameter++);
                if (value instanceof TypedArray array) {
                    sql.append("ARRAY[");
                    for (int j = 0; j < array.values().size(); j++) {
                        sql.append(j == 0 ? "" : ",");
                        literal(sql, String.valueOf(array.values().get(j)));
                    }
                    sql.append("]::").append(array.type()).append("[]");
                } else if (value instanceof Timestamp timestamp) {
                    literal(sql, timestamp.toInstant().toString());
                    sql.append("::timestamptz");
                } else {
                    literal(sql, String.valueOf(value));
                }
            }
            return sql.toString();
        }

        private static void literal(StringBuilder sql, String value) throws SQLException {
            sql.append('\'');
            Utils.escapeLiteral(sql, value, true);
            sql.append('\'');
        }

        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object parameter : parameters) {
                if (parameter instanceof TypedArray array) {
                    statement.setArray(index++, statement.getConnection().createArrayOf(array.type(),
                            array.values().toArray()));
                } else {
                    statement.setObject(index++, parameter);
                }
            }
            return index;
        }

        private static void any(List<String> clauses, List<Object> parameters, String column,
                Collection<?> values, String type) {
            if (values != null && !values.isEmpty()) {
                clauses.add(column + " = ANY (?)");
                parameters.add(new TypedArray(type, List.copyOf(values)));
            }
        }

        private static void equal(List<String> clauses, List<Object> parameters, String column, String value) {
            if (value != null) {
                clauses.add(column + " = ?");
                parameters.add(value);
            }
        }
    }

    private record TypedArray(String type, List<?> values) {
    }
}
