package org.healthequity.indicators.repository;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The observation table's data columns, in the one order that every statement naming them uses: the import's
 * staging table and its COPY, the merge, the export and the scorecard's queries. A column added to the table is
 * added here, and each of those statements takes it from here.
 */
public enum ObservationColumn {
    INDICATOR_ID("indicator_id", "integer NOT NULL", Part.KEY),
    AREA_CODE("area_code", "text COLLATE \"C\" NOT NULL", Part.KEY),
    PERIOD_LABEL("period_label", "text COLLATE \"C\" NOT NULL", Part.KEY),
    PERIOD_TYPE("period_type", "text NOT NULL", Part.PERIOD),
    PERIOD_START("period_start", "date NOT NULL", Part.PERIOD),
    PERIOD_END("period_end", "date NOT NULL", Part.PERIOD),
    PERIOD_SORT_KEY("period_sort_key", "integer NOT NULL", Part.PERIOD),
    SEX("sex", "text COLLATE \"C\" NOT NULL", Part.KEY),
    AGE("age", "text COLLATE \"C\" NOT NULL", Part.KEY),
    CATEGORY_TYPE("category_type", "text COLLATE \"C\" NOT NULL", Part.KEY),
    CATEGORY("category", "text COLLATE \"C\" NOT NULL", Part.KEY),
    VALUE("value", "double precision", Part.NUMBER),
    COUNT("count", "double precision", Part.NUMBER),
    DENOMINATOR("denominator", "double precision", Part.NUMBER),
    LOWER_CI_95("lower_ci_95", "double precision", Part.NUMBER),
    UPPER_CI_95("upper_ci_95", "double precision", Part.NUMBER),
    LOWER_CI_99_8("lower_ci_99_8", "double precision", Part.NUMBER),
    UPPER_CI_99_8("upper_ci_99_8", "double precision", Part.NUMBER),
    LIMITS_SOURCE("limits_source", "text NOT NULL", Part.NOTE),
    VALUE_NOTE("value_note", "text", Part.NOTE),
    STATUS("status", "text NOT NULL", Part.NOTE),
    REPORTED_TREND("reported_trend", "text", Part.NOTE),
    REPORTED_VS_ENGLAND("reported_vs_england", "text", Part.NOTE),
    REPORTED_VS_REGION("reported_vs_region", "text", Part.NOTE),
    REPORTED_VS_NEIGHBOURS("reported_vs_neighbours", "text", Part.NOTE),
    SOURCE("source", "text", Part.NOTE);

    /** What a column is to the statements: part of the natural key, the period, a number, or a note. */
    public enum Part {
        KEY, PERIOD, NUMBER, NOTE
    }

    /** Every column, in order. */
    public static final List<ObservationColumn> ALL = List.of(values());
    /**
     * The natural key, one observation per indicator, area, breakdown and period, in the order of its unique index
     * ({@code observation_natural_key}): rows read in this order come off the index unsorted.
     */
    public static final List<ObservationColumn> KEY = List.of(INDICATOR_ID, AREA_CODE, SEX, AGE, CATEGORY_TYPE,
            CATEGORY, PERIOD_LABEL);
    /** What an import may change of a stored observation: everything but the key. */
    public static final List<ObservationColumn> DATA = ALL.stream().filter(column -> column.part != Part.KEY)
            .toList();
    public static final List<ObservationColumn> PERIOD = of(Part.PERIOD);
    /** The value, count, denominator and the four limits. */
    public static final List<ObservationColumn> NUMBERS = of(Part.NUMBER);
    public static final List<ObservationColumn> NOTES = of(Part.NOTE);

    private final String sql;
    private final String staging;
    private final Part part;

    ObservationColumn(String sql, String staging, Part part) {
        this.sql = sql;
        this.staging = staging;
        this.part = part;
    }

    /** The column's name in SQL. */
    public String sql() {
        return sql;
    }

    /** The column as a staging table declares it: the observation table's type, keys compared byte by byte. */
    public String stagingDefinition() {
        return sql + " " + staging;
    }

    /** "a.value, a.count": the columns' names, each with the alias when it is not empty, comma-separated. */
    public static String names(String alias, List<ObservationColumn> columns) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return columns.stream().map(column -> prefix + column.sql).collect(Collectors.joining(", "));
    }

    public static String names(List<ObservationColumn> columns) {
        return names("", columns);
    }

    /** "value::text, count::text": the columns as PostgreSQL's text, for numbers written exactly as stored. */
    public static String asText(List<ObservationColumn> columns) {
        return columns.stream().map(column -> column.sql + "::text").collect(Collectors.joining(", "));
    }

    private static List<ObservationColumn> of(Part part) {
        return Arrays.stream(values()).filter(column -> column.part == part).toList();
    }
}
