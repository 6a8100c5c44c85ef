package org.healthequity.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's pgbench running a custom script against the stack's database: the baseline of "the same SQL, with
 * nothing in between". Prepared statements (as the services' JDBC driver uses), two threads like wrk, and every
 * transaction's latency logged so that p50 and p99 are read the same way as the service's.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {
    }

    /** {@code script} by {@code clients} connections for {@code seconds}; the database's superuser signs in. */
    static Wrk.Result run(Path script, int port, String database, int clients, int seconds, Path logDirectory) {
        try {
            Path logs = Files.createDirectories(logDirectory);
            try (Stream<Path> old = Files.list(logs)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c",
                    Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-f", script.toString(),
                    "--log", "--log-prefix=" + logs.resolve("pgbench"), "-h", "localhost", "-p",
                    Integer.toString(port), "-U", "postgres", database).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", "postgres");
            Process pgbench = builder.start();
            String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (pgbench.waitFor() != 0 || output.contains("number of failed transactions: ")
                    && !output.contains("number of failed transactions: 0 ")) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("Unexpected pgbench output:\n" + output);
            }
            List<Long> micros = latencies(logs);
            Collections.sort(micros);
            return new Wrk.Result(Double.parseDouble(tps.group(1)), micros.get(micros.size() / 2) / 1000.0,
                    micros.get((int) Math.floor(micros.size() * 0.99)) / 1000.0);
        } catch (IOException e) {
            throw new IllegalStateException("pgbench could not run (tools/install-test-tools.sh postgresql-client)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The third field of each line of pgbench's per-transaction logs: the latency in microseconds. */
    private static List<Long> latencies(Path logs) throws IOException {
        List<Long> micros = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.forEach(line -> micros.add(Long.parseLong(line.split(" ")[2])));
                }
            }
        }
        if (micros.isEmpty()) {
            throw new IllegalStateException("pgbench logged no transactions in " + logs);
        }
        return micros;
    }
}
