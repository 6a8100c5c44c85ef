package org.healthequity.indicators.exports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.postgresql.core.Utils;

import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.repository.ObservationStatus;

/** The export's filter as SQL, with its parameters bound in order or written inline for COPY. */
record ExportFilter(String sql, List<Object> parameters, boolean namesIndicators) {

    /**
     * The filter's clauses. Without {@code includeRowFilters}, only those that keep every comparator's rows: the
     * areas and the update time choose rows to write, not the values they are compared with. Published rows are
     * compared with published values only, so that an open export never shows a provisional value, not even as a
     * comparison.
     */
    static ExportFilter of(ObservationRepository.Filter filter, boolean includeRowFilters) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        any(clauses, parameters, "indicator_id", filter.indicators(), "integer");
        if (filter.principle() != null) {
            clauses.add("indicator_id IN (SELECT id FROM indicator WHERE principle_id = ?)");
            parameters.add(filter.principle().intValue());
        }
        if (includeRowFilters && filter.byArea()) {
            if (clauses.isEmpty()) {
                clauses.add(ObservationRepository.EVERY_INDICATOR);
            }
            any(clauses, parameters, "area_code", filter.areas(), "text");
            condition(clauses, parameters, "area_code IN (SELECT code FROM area WHERE parent_code = ?)",
                    filter.parent());
            condition(clauses, parameters, "area_code IN (SELECT code FROM area WHERE type = ?)",
                    filter.areaType() == null ? null : filter.areaType().name());
            condition(clauses, parameters, "area_code IN (SELECT area_code FROM area_group_member WHERE group_id = ?)",
                    filter.areaGroup());
        }
        boolean namesIndicators = !clauses.isEmpty();
        condition(clauses, parameters, "period_sort_key >= ?", filter.from());
        condition(clauses, parameters, "period_sort_key <= ?", filter.to());
        if (includeRowFilters && filter.latest()) {
            // Uncorrelated, so that it reads the same under any alias of the observation table.
            clauses.add("(indicator_id, area_code, sex, age, category_type, category, period_sort_key) IN (SELECT "
                    + "indicator_id, area_code, sex, age, category_type, category, max(period_sort_key) FROM "
                    + "observation" + (filter.status() == null ? "" : " WHERE status = '" + filter.status().name()
                            + "'") + " GROUP BY 1, 2, 3, 4, 5, 6)");
        }
        any(clauses, parameters, "period_label", filter.periods(), "text");
        equal(clauses, parameters, "sex", filter.sex());
        equal(clauses, parameters, "age", filter.age());
        equal(clauses, parameters, "category_type", filter.categoryType());
        equal(clauses, parameters, "category", filter.category());
        if (includeRowFilters && filter.updatedSince() != null) {
            clauses.add("updated_at >= ?");
            parameters.add(Timestamp.from(filter.updatedSince()));
        }
        if (filter.status() != null && (includeRowFilters || filter.status() == ObservationStatus.PUBLISHED)) {
            clauses.add("status = ?");
            parameters.add(filter.status().name());
        }
        return new ExportFilter(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters,
                namesIndicators);
    }

    /** This filter and another condition. */
    String and(String condition) {
        return (sql.isEmpty() ? " WHERE " : sql + " AND ") + condition;
    }

    /** This filter and a condition on the area, naming every indicator when the filter names none. */
    String andByArea(String areaCondition) {
        return and((namesIndicators ? "" : ObservationRepository.EVERY_INDICATOR + " AND ") + areaCondition);
    }

    /** The same filter with its values as escaped literals, for a COPY statement, which takes no parameters. */
    String inline() throws SQLException {
        StringBuilder inlined = new StringBuilder();
        int parameter = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '?') {
                inlined.append(c);
                continue;
            }
            Object value = parameters.get(parameter++);
            if (value instanceof TypedArray array) {
                inlined.append("ARRAY[");
                for (int j = 0; j < array.values().size(); j++) {
                    inlined.append(j == 0 ? "" : ",");
                    literal(inlined, String.valueOf(array.values().get(j)));
                }
                inlined.append("]::").append(array.type()).append("[]");
            } else if (value instanceof Timestamp timestamp) {
                literal(inlined, timestamp.toInstant().toString());
                inlined.append("::timestamptz");
            } else {
                literal(inlined, String.valueOf(value));
            }
        }
        return inlined.toString();
    }

    /** Binds the filter's parameters; returns the index of the next one. */
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

    private static void literal(StringBuilder sql, String value) throws SQLException {
        sql.append('\'');
        Utils.escapeLiteral(sql, value, true);
        sql.append('\'');
    }

    private static void any(List<String> clauses, List<Object> parameters, String column, Collection<?> values,
            String type) {
        if (values != null && !values.isEmpty()) {
            clauses.add(column + " = ANY (?)");
            parameters.add(new TypedArray(type, List.copyOf(values)));
        }
    }

    private static void condition(List<String> clauses, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.add(value);
        }
    }

    private static void equal(List<String> clauses, List<Object> parameters, String column, String value) {
        if (value != null) {
            clauses.add(column + " = ?");
            parameters.add(value);
        }
    }

    private record TypedArray(String type, List<?> values) {
    }
}
