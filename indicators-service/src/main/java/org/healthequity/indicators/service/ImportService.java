package org.healthequity.indicators.service;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * at a time and streamed to PostgreSQL with COPY. New data goes straight into the observation table; data that
 * touches stored rows goes into a staging table, and one set-based merge updates the rows that changed and inserts
 * the new ones, so the same data sent twice changes nothing and says so. The body is spooled to a temporary file
 * as it is read, so that a direct load that meets a stored row can start again through staging. Imports are
 * serialised with an advisory lock, and a rejected import is rolled back whole.
 */
@ApplicationScoped
public class ImportService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportService.class);

    /** Errors kept in the summary and the stored record; the count says how many there were in all. */
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final long IMPORT_LOCK = 0x4845530001L;
    private static final String UNIQUE_VIOLATION = "23505";
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

    /** What one reading of the rows found and wrote. */
    private record Pass(int rowsRead, int written, boolean direct, List<ProblemError> errors, int rejectedRows,
            Set<String> writtenAreas, ObservationRules rules) {
    }

    /** The direct COPY met a row that already exists: the rows must go through staging and the merge instead. */
    private static final class ExistingRowsFound extends Exception {
        ExistingRowsFound(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private Outcome stageAndMerge(Request request, DigestInputStream body, String user, Instant started)
            throws SQLException, IOException {
        Map<Integer, Indicator> knownIndicators = indicators.listAll().stream()
                .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));
        Map<String, Area> knownAreas = areas.listAll().stream()
                .collect(Collectors.toMap(area -> area.code, Function.identity()));
        long startedNanos = System.nanoTime();
        Path spool = Files.createTempFile("hes-import-", ".spool");
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            }
            long importId = insertRecord(connection, request, user, started);
            Pass pass;
            try (OutputStream copyOfBody = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                SpoolingInputStream input = new SpoolingInputStream(body, copyOfBody);
                // SQL savepoints: the pool refuses JDBC savepoint calls inside a JTA transaction.
                execute(connection, "SAVEPOINT before_direct_load");
                try {
                    pass = pass(connection, open(request, input), new ObservationRules(knownIndicators, knownAreas,
                            request.source()), importId, user, true);
                } catch (ExistingRowsFound existing) {
                    execute(connection, "ROLLBACK TO SAVEPOINT before_direct_load");
                    input.transferTo(OutputStream.nullOutputStream());
                    pass = null;
                }
            }
            if (pass == null) {
                try (InputStream replay = new BufferedInputStream(Files.newInputStream(spool), 1 << 16)) {
                    pass = pass(connection, open(request, replay), new ObservationRules(knownIndicators, knownAreas,
                            request.source()), importId, user, false);
                } catch (ExistingRowsFound impossible) {
                    throw new IllegalStateException("staging cannot meet existing rows", impossible);
                }
            }
            return finish(connection, request, body, user, started, startedNanos, importId, pass);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /**
     * Reads, checks and writes every row once. Rows go straight into the observation table with COPY when the
     * first valid row is new and {@code directAllowed}: a first load pays no staging and no merge. Otherwise they
     * go to the staging table for the merge.
     */
    private Pass pass(Connection connection, ImportRows rows, ObservationRules rules, long importId, String user,
            boolean directAllowed) throws SQLException, ExistingRowsFound {
        List<ProblemError> errors = new ArrayList<>();
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
                int errorsBefore = errors.size();
                ObservationRules.ValidRow valid = rules.check(row, rows, errors);
                int earlier = valid == null ? 0 : keys.add(valid);
                if (earlier > 0) {
                    errors.add(ProblemError.row(row.number(), null, "duplicate_row", "the same indicator ("
                            + valid.indicatorId() + "), area (" + valid.areaCode() + "), period ("
                            + valid.period().label + ") and breakdown as row " + earlier));
                }
                if (valid == null || errors.size() > errorsBefore) {
                    rejected++;
                    continue;
                }
                if (writer == null) {
                    direct = directAllowed && !exists(connection, valid);
                    copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(direct ? StagingTable.COPY_DIRECT
                            : createStaging(connection));
                    writer = direct ? StagingTable.Writer.direct(copy, importId, user) : StagingTable.Writer.staging(copy);
                }
                writer.write(valid);
                writtenAreas.add(valid.areaCode());
                written++;
            }
            if (writer != null) {
                writer.finish();
            }
        } catch (SQLException e) {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
            if (direct && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ExistingRowsFound(e);
            }
            throw e;
        } catch (RuntimeException e) {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        return new Pass(rowsRead, written, direct, errors, rejected, writtenAreas, rules);
    }

    private Outcome finish(Connection connection, Request request, DigestInputStream body, String user,
            Instant started, long startedNanos, long importId, Pass pass) throws SQLException, IOException {
        long read = System.nanoTime();
        List<ProblemError> errors = new ArrayList<>(pass.errors());
        if (pass.rowsRead() == 0) {
            errors.add(ProblemError.field(null, "empty", "the import has no rows"));
        }
        int errorCount = errors.size();
        List<ProblemError> reported = errors.size() > MAX_REPORTED_ERRORS
                ? List.copyOf(errors.subList(0, MAX_REPORTED_ERRORS)) : List.copyOf(errors);
        String sha256 = HexFormat.of().formatHex(body.getMessageDigest().digest());
        if (!errors.isEmpty() && request.mode() == ImportMode.ALL_OR_NOTHING || pass.rowsRead() == 0) {
            throw new RolledBack(new Outcome(ImportStatus.REJECTED, pass.rowsRead(), 0, 0, 0, pass.rejectedRows(), 0,
                    errorCount, reported, sha256, null, Instant.now()));
        }
        int areasCreated = insertNewAreas(connection, pass.rules().newAreas(), pass.writtenAreas(), user);
        int created = pass.written();
        int updated = 0;
        if (!pass.direct() && pass.written() > 0) {
            try (Statement statement = connection.createStatement()) {
                // Without statistics the planner takes the staging table for a few rows and probes row by row.
                statement.execute("ANALYZE import_staging");
            }
            updated = update(connection, importId, user);
            created = insert(connection, importId, user);
        }
        int unchanged = pass.written() - created - updated;
        LOG.infof("Import %d: %d rows read, checked and %s in %.1f s; %d created, %d updated, %d unchanged in %.1f s",
                importId, pass.rowsRead(), pass.direct() ? "copied" : "staged", (read - startedNanos) / 1e9,
                created, updated, unchanged, (System.nanoTime() - read) / 1e9);
        Outcome outcome = new Outcome(ImportStatus.COMMITTED, pass.rowsRead(), created, updated, unchanged,
                pass.rejectedRows(), areasCreated, errorCount, reported, sha256, importId, Instant.now());
        completeRecord(connection, importId, outcome);
        if (request.dryRun()) {
            throw new RolledBack(new Outcome(ImportStatus.COMMITTED, pass.rowsRead(), created, updated, unchanged,
                    pass.rejectedRows(), areasCreated, errorCount, reported, sha256, null, outcome.finished()));
        }
        return outcome;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String createStaging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(StagingTable.CREATE);
        }
        return StagingTable.COPY;
    }

    private static boolean exists(Connection connection, ObservationRules.ValidRow row) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM observation o WHERE "
                + "o.indicator_id = ? AND o.sex = ? AND o.age = ? AND o.category_type = ? AND o.category = ? "
                + "AND o.area_code = ? AND o.period_label = ?")) {
            query.setInt(1, row.indicatorId());
            query.setString(2, row.sex());
            query.setString(3, row.age());
            query.setString(4, row.categoryType());
            query.setString(5, row.category());
            query.setString(6, row.areaCode());
            query.setString(7, row.period().label);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private ImportRows open(Request request, InputStream body) {
        return request.format() == ImportFormat.JSON ? new JsonRows(json, body)
                : new FingertipsCsvRows(new InputStreamReader(body, StandardCharsets.UTF_8));
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

    private static long insertRecord(Connection connection, Request request, String user, Instant started)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (format, mode, status, "
                + "source, rows_read, created, updated, unchanged, rejected, sha256, started_at, finished_at, "
                + "created_by) VALUES (?, ?, 'COMMITTED', ?, 0, 0, 0, 0, 0, '', ?, now(), ?) RETURNING id")) {
            insert.setString(1, request.format().name());
            insert.setString(2, request.mode().name());
            insert.setString(3, request.source());
            insert.setObject(4, java.sql.Timestamp.from(started));
            insert.setString(5, user);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private void completeRecord(Connection connection, long id, Outcome outcome) throws SQLException, IOException {
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
            update.setObject(9, java.sql.Timestamp.from(outcome.finished()));
            update.setString(10, outcome.sha256());
            update.setLong(11, id);
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
