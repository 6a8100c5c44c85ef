package org.healthequity.indicators.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.imports.format.ImportRow;
import org.healthequity.indicators.imports.format.ImportRows;
import org.healthequity.indicators.repository.ObservationColumn;

/**
 * One reading of an import's rows: each row is read, checked and written once. Rows go straight into the
 * observation table with COPY when the first valid row is new and a direct load is allowed, so that a first load
 * pays no staging and no merge; otherwise they go to the staging table for {@link ObservationMerge}.
 */
final class ReadAndCopyPass {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXISTS = "SELECT 1 FROM observation o WHERE " + ObservationColumn.KEY.stream()
            .map(column -> "o." + column.sql() + " = ?").collect(Collectors.joining(" AND "));

    /** What the pass found and wrote. */
    record Result(int rowsRead, int written, boolean direct, ImportErrors errors, int rejectedRows,
            Set<String> writtenAreas, ObservationRules rules) {
    }

    /** The direct COPY met a row that already exists: the rows must go through staging and the merge instead. */
    static final class ExistingRowsFound extends Exception {
        ExistingRowsFound(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private ReadAndCopyPass() {
    }

    static Result run(Connection connection, ImportRows rows, ObservationRules rules, long importId, String user,
            boolean directAllowed) throws SQLException, ExistingRowsFound {
        ImportErrors errors = new ImportErrors();
        Set<String> writtenAreas = new HashSet<>();
        NaturalKeys keys = new NaturalKeys();
        int rowsRead = 0;
        int rejected = 0;
        int written = 0;
        CopyIn copy = null;
        StagingTable.Writer writer = null;
        boolean direct = false;
        try (rows) {
            for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                rowsRead++;
                int errorsBefore = errors.count();
                ObservationRules.ValidRow valid = rules.check(row, rows, errors);
                int earlier = valid == null ? 0 : keys.add(valid);
                if (earlier > 0) {
                    errors.add(ProblemError.row(row.number(), null, "duplicate_row", "the same indicator ("
                            + valid.indicatorId() + "), area (" + valid.areaCode() + "), period ("
                            + valid.period().label + ") and breakdown as row " + earlier));
                }
                if (valid == null || errors.count() > errorsBefore) {
                    rejected++;
                    continue;
                }
                if (writer == null) {
                    direct = directAllowed && !exists(connection, valid);
                    copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(direct ? StagingTable.COPY_DIRECT
                            : createStaging(connection));
                    writer = direct ? StagingTable.Writer.direct(copy, importId, user)
                            : StagingTable.Writer.staging(copy);
                }
                writer.write(valid);
                writtenAreas.add(valid.areaCode());
                written++;
            }
            if (writer != null) {
                writer.finish();
            }
        } catch (SQLException e) {
            cancel(copy);
            if (direct && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ExistingRowsFound(e);
            }
            throw e;
        } catch (RuntimeException e) {
            cancel(copy);
            throw e;
        }
        return new Result(rowsRead, written, direct, errors, rejected, writtenAreas, rules);
    }

    private static void cancel(CopyIn copy) throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private static String createStaging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(StagingTable.CREATE);
        }
        return StagingTable.COPY;
    }

    private static boolean exists(Connection connection, ObservationRules.ValidRow row) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(EXISTS)) {
            int index = 1;
            for (ObservationColumn column : ObservationColumn.KEY) {
                switch (column) {
                    case INDICATOR_ID -> query.setInt(index++, row.indicatorId());
                    case AREA_CODE -> query.setString(index++, row.areaCode());
                    case PERIOD_LABEL -> query.setString(index++, row.period().label);
                    case SEX -> query.setString(index++, row.sex());
                    case AGE -> query.setString(index++, row.age());
                    case CATEGORY_TYPE -> query.setString(index++, row.categoryType());
                    case CATEGORY -> query.setString(index++, row.category());
                    default -> throw new IllegalStateException(column + " is not a key column");
                }
            }
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }
}
