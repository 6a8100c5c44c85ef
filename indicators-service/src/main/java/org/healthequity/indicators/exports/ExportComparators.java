package org.healthequity.indicators.exports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.ObservationColumn;
import org.healthequity.indicators.service.Benchmarks;
import org.healthequity.indicators.service.GoalService;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.GoalComparison;
import org.healthequity.indicators.statistics.GroupAggregate;

/**
 * What the exported rows are compared with, read before the rows: the values of England and of every parent area,
 * and, for quintile indicators, the values of the areas of each type under each ancestor.
 */
final class ExportComparators {

    private static final String KEYED_VALUES = "SELECT " + ObservationColumn.names(ObservationColumn.KEY)
            + ", value FROM observation";

    private final AreaTree tree;
    private final Map<String, Double> values;
    private final Map<String, List<Double>> peers;
    private final Map<String, List<GoalComparison.Goal>> goals;
    private final List<GroupValues> groups;

    /** A comparator group asked for: its members' values by row key without the area. */
    private record GroupValues(AreaGroup group, Map<String, List<GroupAggregate.Member>> members) {
    }

    private ExportComparators(AreaTree tree, Map<String, Double> values, Map<String, List<Double>> peers,
            Map<String, List<GoalComparison.Goal>> goals, List<GroupValues> groups) {
        this.tree = tree;
        this.values = values;
        this.peers = peers;
        this.goals = goals;
        this.groups = groups;
    }

    static ExportComparators load(Connection connection, ExportFilter filter, AreaTree tree,
            Map<Integer, Indicator> indicatorById, Map<String, List<GoalComparison.Goal>> goals,
            List<AreaGroup> groups) throws SQLException {
        List<GroupValues> groupValues = new ArrayList<>();
        for (AreaGroup group : groups) {
            groupValues.add(new GroupValues(group, members(connection, filter, group.memberCodes)));
        }
        return new ExportComparators(tree, comparatorValues(connection, filter, tree),
                peers(connection, filter, tree, indicatorById), goals, groupValues);
    }

    /** The groups' names, in the order of their columns. */
    List<String> groupNames() {
        return groups.stream().map(group -> group.group().name).toList();
    }

    /**
     * Two cells per group: the group's value for the row's breakdown and period (its members' summed counts, or
     * their median) and the row compared with it by the indicator's method.
     */
    List<Object> groupCells(ExportRow row, Indicator indicator, BenchmarkComparison.Interval interval) {
        List<Object> cells = new ArrayList<>();
        for (GroupValues group : groups) {
            List<GroupAggregate.Member> members = group.members().getOrDefault(row.key(""), List.of());
            GroupAggregate aggregate = GroupAggregate.of(indicator.valueType, indicator.multiplier, members);
            cells.add(aggregate.value() == null ? "" : aggregate.value());
            cells.add(Benchmarks.compare(indicator, interval, aggregate.value(), () -> members.stream()
                    .map(GroupAggregate.Member::value).toList()).outcome().label());
        }
        return cells;
    }

    private static Map<String, List<GroupAggregate.Member>> members(Connection connection, ExportFilter filter,
            List<String> memberCodes) throws SQLException {
        Map<String, List<GroupAggregate.Member>> members = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT "
                + ObservationColumn.names(ObservationColumn.KEY) + ", value, count, denominator FROM observation"
                + filter.andByArea("area_code = ANY (?) AND value IS NOT NULL"))) {
            int next = filter.bind(statement);
            statement.setArray(next, connection.createArrayOf("text", memberCodes.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    double count = rows.getDouble("count");
                    Double counted = rows.wasNull() ? null : count;
                    double denominator = rows.getDouble("denominator");
                    Double denominated = rows.wasNull() ? null : denominator;
                    members.computeIfAbsent(key(rows, ""), k -> new ArrayList<>())
                            .add(new GroupAggregate.Member(rows.getDouble("value"), counted, denominated));
                }
            }
        }
        return members;
    }

    /** "Met" or "Not met" against the area's goal that applies to the row's period; empty without one. */
    String goal(ExportRow row, Indicator indicator, Double value) {
        GoalComparison.Result result = GoalComparison.compare(value, row.sortKey(),
                goals.get(GoalService.key(row.indicatorId(), row.areaCode())), indicator.polarity);
        return result == null ? "" : result.label();
    }

    /** The comparator's value for the row's period and breakdown, or null. */
    Double value(ExportRow row, String comparator) {
        return values.get(row.key(comparator));
    }

    /** The values of the comparator's areas of the area's own type, for the row's period and breakdown. */
    Collection<Double> peers(ExportRow row, Area area, String comparator) {
        return peers.getOrDefault(row.key(area.type + "<" + comparator), List.of());
    }

    /** "Region" when every exported area's parent is a region; "parent" when they differ. */
    String parentLabel(Connection connection, ExportFilter filter) throws SQLException {
        Set<AreaType> parentTypes = EnumSet.noneOf(AreaType.class);
        String sql = "SELECT a.code FROM area a WHERE EXISTS (SELECT 1 FROM observation o"
                + filter.andByArea("o.area_code = a.code COLLATE \"C\"") + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Area parent = tree.parentOf(tree.get(rows.getString(1)));
                    if (parent != null && !parent.code.equals(AreaTree.ENGLAND)) {
                        parentTypes.add(parent.type);
                    }
                }
            }
        }
        return parentTypes.size() == 1 ? parentTypes.iterator().next().label() : "parent";
    }

    private static Map<String, Double> comparatorValues(Connection connection, ExportFilter filter, AreaTree tree)
            throws SQLException {
        Set<String> comparators = tree.all().stream().map(area -> area.parentCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        comparators.add(AreaTree.ENGLAND);
        Map<String, Double> values = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(KEYED_VALUES
                + filter.andByArea("area_code = ANY (?) AND value IS NOT NULL"))) {
            int next = filter.bind(statement);
            statement.setArray(next, connection.createArrayOf("text", comparators.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(key(rows, rows.getString(ObservationColumn.AREA_CODE.sql())),
                            rows.getDouble("value"));
                }
            }
        }
        return values;
    }

    private static Map<String, List<Double>> peers(Connection connection, ExportFilter filter, AreaTree tree,
            Map<Integer, Indicator> indicatorById) throws SQLException {
        List<Integer> quintiles = indicatorById.values().stream()
                .filter(indicator -> indicator.benchmarkMethod == BenchmarkMethod.QUINTILES)
                .map(indicator -> indicator.id).toList();
        Map<String, List<Double>> peers = new HashMap<>();
        if (quintiles.isEmpty()) {
            return peers;
        }
        try (PreparedStatement statement = connection.prepareStatement(KEYED_VALUES
                + filter.and("indicator_id = ANY (?) AND value IS NOT NULL"))) {
            int next = filter.bind(statement);
            statement.setArray(next, connection.createArrayOf("integer", quintiles.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Area area = tree.get(rows.getString(ObservationColumn.AREA_CODE.sql()));
                    double value = rows.getDouble("value");
                    for (Area ancestor = tree.parentOf(area); ancestor != null; ancestor = tree.parentOf(ancestor)) {
                        peers.computeIfAbsent(key(rows, area.type + "<" + ancestor.code), key -> new ArrayList<>())
                                .add(value);
                    }
                }
            }
        }
        return peers;
    }

    private static String key(ResultSet rows, String area) throws SQLException {
        return ExportRow.key(rows.getInt(ObservationColumn.INDICATOR_ID.sql()),
                rows.getString(ObservationColumn.PERIOD_LABEL.sql()), rows.getString(ObservationColumn.SEX.sql()),
                rows.getString(ObservationColumn.AGE.sql()), rows.getString(ObservationColumn.CATEGORY_TYPE.sql()),
                rows.getString(ObservationColumn.CATEGORY.sql()), area);
    }
}
