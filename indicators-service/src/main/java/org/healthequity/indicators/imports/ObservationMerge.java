package org.healthequity.indicators.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.indicators.repository.ObservationColumn;

/**
 * The set-based merge of the staging table into the observation table: one UPDATE of the stored rows whose data
 * changed, one INSERT of the new ones, so that the same data sent twice changes nothing and says so. The areas the
 * rows need are registered first, parents before children.
 */
final class ObservationMerge {

    private static final String KEY_MATCH = ObservationColumn.KEY.stream()
            .map(column -> "o." + column.sql() + " = s." + column.sql()).collect(Collectors.joining(" AND "));
    private static final String UPDATE = "UPDATE observation o SET "
            + ObservationColumn.DATA.stream().map(column -> column.sql() + " = s." + column.sql())
                    .collect(Collectors.joining(", "))
            + ", import_id = ?, updated_at = now(), updated_by = ?, version = o.version + 1 FROM import_staging s "
            + "WHERE " + KEY_MATCH + " AND ("
            + ObservationColumn.DATA.stream().map(column -> "o." + column.sql() + " IS DISTINCT FROM s."
                    + column.sql()).collect(Collectors.joining(" OR "))
            + ")";
    private static final String INSERT = "INSERT INTO observation (" + ObservationColumn.names(ObservationColumn.ALL)
            + ", import_id, created_by, updated_by) SELECT " + ObservationColumn.names("s", ObservationColumn.ALL)
            + ", ?, ?, ? FROM import_staging s WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE " + KEY_MATCH
            + ")";

    /** How many stored rows the merge changed and how many it added. */
    record Counts(int updated, int created) {
    }

    private ObservationMerge() {
    }

    static Counts merge(Connection connection, long importId, String user) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Without statistics the planner takes the staging table for a few rows and probes row by row.
            statement.execute("ANALYZE import_staging");
        }
        int updated;
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setLong(1, importId);
            update.setString(2, user);
            updated = update.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, importId);
            insert.setString(2, user);
            insert.setString(3, user);
            return new Counts(updated, insert.executeUpdate());
        }
    }

    /** Registers the areas that written rows need and this system lacks, parents first. */
    static int insertNewAreas(Connection connection, Map<String, ObservationRules.NewArea> described,
            Set<String> writtenAreas, String user) throws SQLException {
        List<ObservationRules.NewArea> needed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : writtenAreas) {
            addWithParents(code, described, needed, seen);
        }
        if (needed.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO area (code, name, type, "
                + "parent_code, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ObservationRules.NewArea area : needed) {
                insert.setString(1, area.code());
                insert.setString(2, area.name());
                insert.setString(3, area.type().name());
                insert.setString(4, area.parentCode());
                insert.setString(5, user);
                insert.setString(6, user);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return needed.size();
    }

    private static void addWithParents(String code, Map<String, ObservationRules.NewArea> described,
            List<ObservationRules.NewArea> needed, Set<String> seen) {
        ObservationRules.NewArea area = described.get(code);
        if (area == null || !seen.add(code)) {
            return;
        }
        if (area.parentCode() != null) {
            addWithParents(area.parentCode(), described, needed, seen);
        }
        needed.add(area);
    }
}
