package org.healthequity.indicators.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;

/** Plain-SQL reads for the open-data queries: one statement, its parameters bound, each row handed over. */
final class SqlReads {

    private SqlReads() {
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    static void query(AgroalDataSource dataSource, String what, String sql, Binder binder, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " query failed: " + e.getMessage(), e);
        }
    }

    /** A nullable double column. */
    static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
