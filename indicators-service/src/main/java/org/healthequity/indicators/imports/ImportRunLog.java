package org.healthequity.indicators.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.healthequity.common.problem.ApiException;
import org.healthequity.indicators.mapping.ImportSummary;
import org.healthequity.indicators.repository.ImportRun;
import org.healthequity.indicators.repository.ImportRunRepository;
import org.healthequity.indicators.repository.ImportStatus;

/**
 * The record of every import, so that {@code GET /api/v1/imports/{id}} can say what it did: started in the import's
 * own transaction (rows point at it) and completed there, or, for a rejected import whose transaction is rolled
 * back, written afterwards in a transaction of its own.
 */
@ApplicationScoped
class ImportRunLog {

    private final ImportRunRepository runs;
    private final ObjectMapper json;

    ImportRunLog(ImportRunRepository runs, ObjectMapper json) {
        this.runs = runs;
        this.json = json;
    }

    long start(Connection connection, ImportService.Request request, String user, Instant started)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (format, mode, status, "
                + "source, rows_read, created, updated, unchanged, rejected, sha256, started_at, finished_at, "
                + "created_by) VALUES (?, ?, 'COMMITTED', ?, 0, 0, 0, 0, 0, '', ?, now(), ?) RETURNING id")) {
            insert.setString(1, request.format().name());
            insert.setString(2, request.mode().name());
            insert.setString(3, request.source());
            insert.setObject(4, Timestamp.from(started));
            insert.setString(5, user);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    void complete(Connection connection, long id, ImportOutcome outcome) throws SQLException, JsonProcessingException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_run SET rows_read = ?, created = ?, "
                + "updated = ?, unchanged = ?, rejected = ?, areas_created = ?, errors = ?::jsonb, error_count = ?, "
                + "finished_at = ?, sha256 = ? WHERE id = ?")) {
            update.setInt(1, outcome.rowsRead());
            update.setInt(2, outcome.created());
            update.setInt(3, outcome.updated());
            update.setInt(4, outcome.unchanged());
            update.setInt(5, outcome.rejected());
            update.setInt(6, outcome.areasCreated());
            update.setString(7, json.writeValueAsString(outcome.errors()));
            update.setInt(8, outcome.errorCount());
            update.setObject(9, Timestamp.from(outcome.finished()));
            update.setString(10, outcome.sha256());
            update.setLong(11, id);
            update.executeUpdate();
        }
    }

    /** The record of a rejected import, written in the caller's transaction. */
    Long rejected(ImportOutcome outcome, ImportService.Request request, String user, Instant started) {
        ImportRun run = new ImportRun();
        run.format = request.format();
        run.mode = request.mode();
        run.status = ImportStatus.REJECTED;
        run.source = request.source();
        run.rowsRead = outcome.rowsRead();
        run.rejected = outcome.rejected();
        run.errors = new ArrayList<>(outcome.errors());
        run.errorCount = outcome.errorCount();
        run.sha256 = outcome.sha256();
        run.startedAt = started;
        run.finishedAt = outcome.finished();
        run.createdBy = user;
        runs.persist(run);
        return run.id;
    }

    ImportSummary get(long id) {
        ImportRun run = runs.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Import", id));
        return new ImportSummary(run.id, run.status.name(), false, run.mode, run.format, run.source, run.rowsRead,
                run.created, run.updated, run.unchanged, run.rejected, run.areasCreated, run.errorCount, run.errors,
                run.sha256, run.startedAt, run.finishedAt, run.createdBy);
    }
}
