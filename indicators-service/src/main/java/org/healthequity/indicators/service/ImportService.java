package org.healthequity.indicators.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.common.security.Caller;
import org.healthequity.indicators.mapping.FingertipsCsvRows;
import org.healthequity.indicators.mapping.ImportRow;
import org.healthequity.indicators.mapping.ImportRows;
import org.healthequity.indicators.mapping.ImportSummary;
import org.healthequity.indicators.mapping.JsonRows;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.ImportFormat;
import org.healthequity.indicators.repository.ImportMode;
import org.healthequity.indicators.repository.ImportRun;
import org.healthequity.indicators.repository.ImportRunRepository;
import org.healthequity.indicators.repository.ImportStatus;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;

/**
 * Bulk import of observations, all-or-nothing by default, with dry runs, idempotent. Rows are read and checked one
 * at a time and streamed into a staging table with PostgreSQL's COPY; one set-based merge then updates the rows
 * that changed and inserts the new ones, so the same data sent twice changes nothing and says so. Imports are
 * serialised with an advisory lock, and a rejected import is rolled back whole.
 */
@ApplicationScoped
public class ImportService {

    /** Errors kept in the summary and the stored record; the count says how many there were in all. */
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final long IMPORT_LOCK = 0x4845530001L;
    private static final String KEY_MATCH = "o.indicator_id = s.indicator_id AND o.sex = s.sex AND o.age = s.age "
            + "AND o.category_type = s.category_type AND o.category = s.category AND o.area_code = s.area_code "
            + "AND o.period_label = s.period_label";
    private static final String[] DATA_COLUMNS = { "period_type", "period_start", "period_end", "period_sort_key",
            "value", "count", "denominator", "lower_ci_95", "upper_ci_95", "lower_ci_99_8", "upper_ci_99_8",
            "limits_source", "value_note", "status", "reported_trend", "reported_vs_england", "reported_vs_region",
            "reported_vs_neighbours", "source" };

    private final AgroalDataSource dataSource;
    private final IndicatorRepository indicators;
    private final AreaRepository areas;
    private final ImportRunRepository runs;
    private final ObjectMapper json;

    ImportService(AgroalDataSource dataSource, IndicatorRepository indicators, AreaRepository areas,
            ImportRunRepository runs, ObjectMapper json) {
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.areas = areas;
        this.runs = runs;
        this.json = json;
    }

    /** What was asked: the rows, how strictly, and whether to keep the result. */
    public record Request(ImportFormat format, InputStream body, ImportMode mode, boolean dryRun, String source) {
    }

    public ImportSummary run(Request request) {
        Instant started = Instant.now();
        String user = Caller.currentName();
        DigestInputStream body = new DigestInputStream(request.body(), sha256());
        Outcome outcome = attempt(request, body, user, started);
        if (outcome.status() == ImportStatus.REJECTED && !request.dryRun()) {
            Long id = QuarkusTransaction.requiringNew().call(() -> record(outcome, request, user, started));
            return outcome.summary(id, request, user, started);
        }
        return outcome.summary(outcome.recordId(), request, user, started);
    }

    /** Runs the import in its own transaction; a rejected import or a dry run is rolled back. */
    private Outcome attempt(Request request, DigestInputStream body, String user, Instant started) {
        try {
            return QuarkusTransaction.requiringNew().timeout(3600).call(() -> stageAndMerge(request, body, user,
                    started));
        } catch (RuntimeException e) {
            return RolledBack.outcomeOf(e);
        }
    }

    public ImportSummary get(long id) {
        ImportRun run = runs.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Import", id));
        return new ImportSummary(run.id, run.status.name(), false, run.mode, run.format, run.source, run.rowsRead,
                run.created, run.updated, run.unchanged, run.rejected, run.areasCreated, run.errorCount, run.errors,
                run.sha256, run.startedAt, run.finishedAt, run.createdBy);
    }

    /** Ends the import's transaction with a rollback while keeping what the import found. */
    private static final class RolledBack extends RuntimeException {
        private final transient Outcome outcome;

        RolledBack(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }

        static Outcome outcomeOf(RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RolledBack rolledBack) {
                    return rolledBack.outcome;
                }
            }
            throw failure;
        }
    }

    private record Outcome(ImportStatus status, int rowsRead, int created, int updated, int unchanged, int rejected,
            int areasCreated, int errorCount, List<ProblemError> errors, String sha256, Long recordId,
            Instant finished) {

        ImportSummary summary(Long id, Request request, String user, Instant started) {
            String shown = request.dryRun() ? "DRY_RUN" : status.name();
            return new ImportSummary(id, shown, request.dryRun(), request.mode(), request.format(), request.source(),
                    rowsRead, created, updated, unchanged, rejected, areasCreated, errorCount, errors, sha256,
                    started, finished, user);
        }
    }

    private Outcome stageAndMerge(Request request, DigestInputStream body, String user, Instant started)
            throws SQLException, IOException {
        Map<Integer, Indicator> knownIndicators = indicators.listAll().stream()
                .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));
        Map<String, Area> knownAreas = areas.listAll().stream()
                .collect(Collectors.toMap(area -> area.code, Function.identity()));
        ObservationRules rules = new ObservationRules(knownIndicators, knownAreas, request.source());
        List<ProblemError> errors = new ArrayList<>();
        Set<Integer> rejectedRows = new HashSet<>();
        Set<String> stagedAreas = new HashSet<>();
        int rowsRead = 0;
        int staged = 0;

        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
                statement.execute(StagingTable.CREATE);
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(StagingTable.COPY);
            StagingTable.Writer writer = new StagingTable.Writer(copy);
            try (ImportRows rows = open(request, body)) {
                for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                    rowsRead++;
                    int errorsBefore = errors.size();
                    ObservationRules.ValidRow valid = rules.check(row, rows, errors);
                    if (valid == null || errors.size() > errorsBefore) {
                        rejectedRows.add(row.number());
                    } else {
                        writer.write(valid);
                        stagedAreas.add(valid.areaCode());
                        staged++;
                    }
                }
                writer.finish();
            } catch (RuntimeException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }

            for (ProblemError duplicate : duplicates(connection)) {
                errors.add(duplicate);
                rejectedRows.add(duplicate.row());
            }
            if (rowsRead == 0) {
                errors.add(ProblemError.field(null, "empty", "the import has no rows"));
            }
            int errorCount = errors.size();
            List<ProblemError> reported = errors.size() > MAX_REPORTED_ERRORS
                    ? List.copyOf(errors.subList(0, MAX_REPORTED_ERRORS)) : List.copyOf(errors);
            String sha256 = HexFormat.of().formatHex(body.getMessageDigest().digest());

            if (!errors.isEmpty() && request.mode() == ImportMode.ALL_OR_NOTHING || rowsRead == 0) {
                throw new RolledBack(new Outcome(ImportStatus.REJECTED, rowsRead, 0, 0, 0, rejectedRows.size(), 0,
                        errorCount, reported, sha256, null, Instant.now()));
            }
            int stagedValid = staged - removeRejected(connection, rejectedRows);
            int areasCreated = insertNewAreas(connection, rules.newAreas(), stagedAreas, user);
            long importId = insertRecord(connection, request, user, started, sha256);
            int updated = update(connection, importId, user);
            int created = insert(connection, importId, user);
            int unchanged = stagedValid - created - updated;
            Outcome outcome = new Outcome(ImportStatus.COMMITTED, rowsRead, created, updated, unchanged,
                    rejectedRows.size(), areasCreated, errorCount, reported, sha256, importId, Instant.now());
            completeRecord(connection, importId, outcome);
            if (request.dryRun()) {
                throw new RolledBack(new Outcome(ImportStatus.COMMITTED, rowsRead, created, updated, unchanged,
                        rejectedRows.size(), areasCreated, errorCount, reported, sha256, null, outcome.finished()));
            }
            return outcome;
        }
    }

    private ImportRows open(Request request, InputStream body) {
        return request.format() == ImportFormat.JSON ? new JsonRows(json, body)
                : new FingertipsCsvRows(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /** Later rows with the same natural key as an earlier one. */
    private static List<ProblemError> duplicates(Connection connection) throws SQLException {
        List<ProblemError> errors = new ArrayList<>();
        String sql = "SELECT row_number, first_row, indicator_id, area_code, period_label FROM ("
                + " SELECT row_number, indicator_id, area_code, period_label, min(row_number) OVER (PARTITION BY "
                + " indicator_id, area_code, period_label, sex, age, category_type, category) AS first_row"
                + " FROM import_staging) keyed WHERE row_number <> first_row ORDER BY row_number";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                errors.add(ProblemError.row(rows.getInt(1), null, "duplicate_row", "the same indicator ("
                        + rows.getInt(3) + "), area (" + rows.getString(4) + "), period (" + rows.getString(5)
                        + ") and breakdown as row " + rows.getInt(2)));
            }
        }
        return errors;
    }

    private static int removeRejected(Connection connection, Set<Integer> rejectedRows) throws SQLException {
        if (rejectedRows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM import_staging WHERE row_number = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("integer", rejectedRows.toArray()));
            return delete.executeUpdate();
        }
    }

    /** Registers the areas that staged rows need, parents first. */
    private static int insertNewAreas(Connection connection, Map<String, ObservationRules.NewArea> described,
            Set<String> stagedAreas, String user) throws SQLException {
        List<ObservationRules.NewArea> needed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : stagedAreas) {
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

    private static long insertRecord(Connection connection, Request request, String user, Instant started,
            String sha256) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (format, mode, status, "
                + "source, rows_read, created, updated, unchanged, rejected, sha256, started_at, finished_at, "
                + "created_by) VALUES (?, ?, 'COMMITTED', ?, 0, 0, 0, 0, 0, ?, ?, now(), ?) RETURNING id")) {
            insert.setString(1, request.format().name());
            insert.setString(2, request.mode().name());
            insert.setString(3, request.source());
            insert.setString(4, sha256);
            insert.setObject(5, java.sql.Timestamp.from(started));
            insert.setString(6, user);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private void completeRecord(Connection connection, long id, Outcome outcome) throws SQLException, IOException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_run SET rows_read = ?, created = ?, "
                + "updated = ?, unchanged = ?, rejected = ?, areas_created = ?, errors = ?::jsonb, error_count = ?, "
                + "finished_at = ? WHERE id = ?")) {
            update.setInt(1, outcome.rowsRead());
            update.setInt(2, outcome.created());
            update.setInt(3, outcome.updated());
            update.setInt(4, outcome.unchanged());
            update.setInt(5, outcome.rejected());
            update.setInt(6, outcome.areasCreated());
            update.setString(7, json.writeValueAsString(outcome.errors()));
            update.setInt(8, outcome.errorCount());
            update.setObject(9, java.sql.Timestamp.from(outcome.finished()));
            update.setLong(10, id);
            update.executeUpdate();
        }
    }

    /** The record of a rejected import, kept so that {@code GET /api/v1/imports/{id}} can say why. */
    private Long record(Outcome outcome, Request request, String user, Instant started) {
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

    private static int update(Connection connection, long importId, String user) throws SQLException {
        StringBuilder set = new StringBuilder();
        StringBuilder changed = new StringBuilder();
        for (String column : DATA_COLUMNS) {
            set.append(column).append(" = s.").append(column).append(", ");
            changed.append(changed.isEmpty() ? "" : " OR ").append("o.").append(column)
                    .append(" IS DISTINCT FROM s.").append(column);
        }
        String sql = "UPDATE observation o SET " + set + "import_id = ?, updated_at = now(), updated_by = ?, "
                + "version = o.version + 1 FROM import_staging s WHERE " + KEY_MATCH + " AND (" + changed + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, importId);
            update.setString(2, user);
            return update.executeUpdate();
        }
    }

    private static int insert(Connection connection, long importId, String user) throws SQLException {
        String columns = "indicator_id, area_code, period_label, sex, age, category_type, category, "
                + String.join(", ", DATA_COLUMNS);
        String selected = "s." + columns.replace(", ", ", s.");
        String sql = "INSERT INTO observation (" + columns + ", import_id, created_by, updated_by) SELECT " + selected
                + ", ?, ?, ? FROM import_staging s WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE " + KEY_MATCH
                + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, importId);
            insert.setString(2, user);
            insert.setString(3, user);
            return insert.executeUpdate();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
