package org.healthequity.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The documented backup and restore ({@code deploy/backup/backup.sh} and {@code restore.sh}) of each service's
 * schema: migrated and populated as the service would, dumped, dropped, restored, and compared row by row.
 */
class BackupRestoreIT {

    private static final Path HOME = Path.of(System.getProperty("hes.home", "../..")).toAbsolutePath().normalize();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        Path binaries = Path.of(System.getProperty("hes.backup-test.postgres-binaries"));
        postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, architecture) -> openBinaries(binaries, system, architecture))
                .start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(strings = { "indicators", "workstreams", "evaluation" })
    void aDumpedSchemaRestoresRowForRow(String schema) throws Exception {
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema)
                .locations("filesystem:" + HOME.resolve(schema + "-service/src/main/resources/db/migration"))
                .load().migrate();
        populate(schema, 1);
        Map<String, String> before = fingerprint(schema);
        assertThat(before).isNotEmpty();
        assertThat(before.values()).anySatisfy(rows -> assertThat(rows).doesNotStartWith("0 rows"));

        Path dump = Files.createTempFile("hes-" + schema, ".dump");
        run("backup.sh", schema, dump.toString());
        assertThat(Files.size(dump)).isPositive();
        execute("DROP SCHEMA " + schema + " CASCADE");
        assertThat(fingerprint(schema)).isEmpty();

        run("restore.sh", dump.toString());
        assertThat(fingerprint(schema)).isEqualTo(before);
        populate(schema, 2);
        assertThat(fingerprint(schema)).isNotEqualTo(before);
    }

    /** Rows beyond the migrations' seed: what a service writes as it is used, with the sequences moving on. */
    private static void populate(String schema, int round) throws SQLException {
        switch (schema) {
            case "indicators" -> execute("INSERT INTO indicators.area (code, name, type, parent_code) VALUES "
                    + "('E0509900" + round + "', 'A ward of round " + round + "', 'WARD', 'E06000032')");
            case "workstreams" -> execute("INSERT INTO workstreams.organisation (slug, name, type) VALUES "
                    + "('restored-" + round + "', 'Luton Foodbank " + round + "', 'VOLUNTARY_SECTOR')");
            default -> execute("INSERT INTO evaluation.next_step (text, year, due_date) VALUES "
                    + "('Publish the report, round " + round + "', '2024/25', DATE '2025-03-31')");
        }
    }

    /** Per table of the schema: its row count and a digest of every row, in a stable order. */
    private static Map<String, String> fingerprint(String schema) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, "
                        + "E'\\n' ORDER BY t::text)), '') FROM " + schema + ".\"" + table + "\" t")) {
                    rows.next();
                    digests.put(table, rows.getLong(1) + " rows " + rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT sequencename, last_value FROM pg_sequences "
                    + "WHERE schemaname = '" + schema + "'")) {
                while (rows.next()) {
                    digests.put("sequence " + rows.getString(1), String.valueOf(rows.getObject(2)));
                }
            }
        }
        return digests;
    }

    private static void run(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", HOME.resolve("deploy/backup/" + script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", Integer.toString(postgres.getPort()),
                "PGDATABASE", "postgres", "PGUSER", "postgres", "PGPASSWORD", "postgres"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(script + " said:\n" + output).isZero();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static InputStream openBinaries(Path jar, String system, String architecture) throws IOException {
        JarFile file = new JarFile(jar.toFile());
        String name = ("postgres-" + system + "-" + architecture + ".txz").toLowerCase(Locale.ROOT);
        return file.getInputStream(file.getJarEntry(name));
    }
}
