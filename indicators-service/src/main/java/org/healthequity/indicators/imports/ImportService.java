package org.healthequity.indicators.imports;

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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.healthequity.common.problem.ProblemError;
import org.healthequity.common.security.Caller;
import org.healthequity.indicators.imports.format.FingertipsCsvRows;
import org.healthequity.indicators.imports.format.ImportRows;
import org.healthequity.indicators.imports.format.JsonRows;
import org.healthequity.indicators.mapping.ImportSummary;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.ImportFormat;
import org.healthequity.indicators.repository.ImportMode;
import org.healthequity.indicators.repository.ImportStatus;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;

/**
 * Bulk import of observations, all-or-nothing by default, with dry runs, idempotent. Rows are read and checked one
 * at a time and streamed to PostgreSQL with COPY ({@link ReadAndCopyPass}). New data goes straight into the
 * observation table; data that touches stored rows goes into a staging table, which {@link ObservationMerge} merges.
 * The body is spooled to a temporary file as it is read, so that a direct load that meets a stored row can start
 * again through staging. Imports are serialised with an advisory lock, a rejected import is rolled back whole, and
 * {@link ImportRunLog} keeps the record of each.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private static final long IMPORT_LOCK = 0x4845530001L;

    private final AgroalDataSource dataSource;
    private final IndicatorRepository indicators;
    private final AreaRepository areas;
    private final ImportRunLog log;

    ImportService(AgroalDataSource dataSource, IndicatorRepository indicators, AreaRepository areas, ImportRunLog log) {
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.areas = areas;
        this.log = log;
    }

    /** What was asked: the rows, how strictly, and whether to keep the result. */
    public record Request(ImportFormat format, InputStream body, ImportMode mode, boolean dryRun, String source) {
    }

    public ImportSummary run(Request request) {
        Instant started = Instant.now();
        String user = Caller.currentName();
        DigestInputStream body = new DigestInputStream(request.body(), sha256());
        ImportOutcome outcome = attempt(request, body, user, started);
        if (outcome.status() == ImportStatus.REJECTED && !request.dryRun()) {
            Long id = QuarkusTransaction.requiringNew().call(() -> log.rejected(outcome, request, user, started));
            return outcome.summary(id, request, user, started);
        }
        return outcome.summary(outcome.recordId(), request, user, started);
    }

    public ImportSummary get(long id) {
        return log.get(id);
    }

    /** Runs the import in its own transaction; a rejected import or a dry run is rolled back. */
    private ImportOutcome attempt(Request request, DigestInputStream body, String user, Instant started) {
        try {
            return QuarkusTransaction.requiringNew().timeout(3600).call(() -> stageAndMerge(request, body, user,
                    started));
        } catch (RuntimeException e) {
            return RolledBack.outcomeOf(e);
        }
    }

    /** Ends the import's transaction with a rollback while keeping what the import found. */
    private static final class RolledBack extends RuntimeException {
        private final transient ImportOutcome outcome;

        RolledBack(ImportOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }

        static ImportOutcome outcomeOf(RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RolledBack rolledBack) {
                    return rolledBack.outcome;
                }
            }
            throw failure;
        }
    }

    private ImportOutcome stageAndMerge(Request request, DigestInputStream body, String user, Instant started)
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
            long importId = log.start(connection, request, user, started);
            ReadAndCopyPass.Result pass;
            try (OutputStream copyOfBody = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                SpoolingInputStream input = new SpoolingInputStream(body, copyOfBody);
                // SQL savepoints: the pool refuses JDBC savepoint calls inside a JTA transaction.
                execute(connection, "SAVEPOINT before_direct_load");
                try {
                    pass = ReadAndCopyPass.run(connection, open(request, input), new ObservationRules(knownIndicators,
                            knownAreas, request.source()), importId, user, true);
                } catch (ReadAndCopyPass.ExistingRowsFound existing) {
                    execute(connection, "ROLLBACK TO SAVEPOINT before_direct_load");
                    input.transferTo(OutputStream.nullOutputStream());
                    pass = null;
                }
            }
            if (pass == null) {
                try (InputStream replay = new BufferedInputStream(Files.newInputStream(spool), 1 << 16)) {
                    pass = ReadAndCopyPass.run(connection, open(request, replay), new ObservationRules(
                            knownIndicators, knownAreas, request.source()), importId, user, false);
                } catch (ReadAndCopyPass.ExistingRowsFound impossible) {
                    throw new IllegalStateException("staging cannot meet existing rows", impossible);
                }
            }
            return finish(connection, request, body, startedNanos, importId, user, pass);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private ImportOutcome finish(Connection connection, Request request, DigestInputStream body, long startedNanos,
            long importId, String user, ReadAndCopyPass.Result pass) throws SQLException, IOException {
        long read = System.nanoTime();
        ImportErrors errors = pass.errors();
        if (pass.rowsRead() == 0) {
            errors.add(ProblemError.field(null, "empty", "the import has no rows"));
        }
        int errorCount = errors.count();
        List<ProblemError> reported = errors.kept();
        String sha256 = HexFormat.of().formatHex(body.getMessageDigest().digest());
        if (!errors.isEmpty() && request.mode() == ImportMode.ALL_OR_NOTHING || pass.rowsRead() == 0) {
            throw new RolledBack(new ImportOutcome(ImportStatus.REJECTED, pass.rowsRead(), 0, 0, 0,
                    pass.rejectedRows(), 0, errorCount, reported, sha256, null, Instant.now()));
        }
        int areasCreated = ObservationMerge.insertNewAreas(connection, pass.rules().newAreas(), pass.writtenAreas(),
                user);
        int created = pass.written();
        int updated = 0;
        if (!pass.direct() && pass.written() > 0) {
            ObservationMerge.Counts merged = ObservationMerge.merge(connection, importId, user);
            updated = merged.updated();
            created = merged.created();
        }
        int unchanged = pass.written() - created - updated;
        LOG.infof("Import %d: %d rows read, checked and %s in %.1f s; %d created, %d updated, %d unchanged in %.1f s",
                importId, pass.rowsRead(), pass.direct() ? "copied" : "staged", (read - startedNanos) / 1e9,
                created, updated, unchanged, (System.nanoTime() - read) / 1e9);
        ImportOutcome outcome = new ImportOutcome(ImportStatus.COMMITTED, pass.rowsRead(), created, updated,
                unchanged, pass.rejectedRows(), areasCreated, errorCount, reported, sha256, importId, Instant.now());
        log.complete(connection, importId, outcome);
        if (request.dryRun()) {
            throw new RolledBack(new ImportOutcome(ImportStatus.COMMITTED, pass.rowsRead(), created, updated,
                    unchanged, pass.rejectedRows(), areasCreated, errorCount, reported, sha256, null,
                    outcome.finished()));
        }
        return outcome;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private ImportRows open(Request request, InputStream body) {
        return request.format() == ImportFormat.JSON ? new JsonRows(body)
                : new FingertipsCsvRows(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
