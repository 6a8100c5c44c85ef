package org.healthequity.benchmarks;

import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Flow;

import org.postgresql.PGConnection;

import org.healthequity.launcher.Stack;
import org.healthequity.launcher.StackConfig;

/**
 * The indicators service against PostgreSQL itself, in one run on one machine: a 1,000,000-row Fingertips CSV
 * (100 indicators × 500 areas × 20 periods) imported through the API, after a 300,000-row warm-up import of other
 * indicators, versus {@code COPY} of the same file into a plain table; the CSV export of those rows (service at
 * -Xmx256m) versus {@code COPY (SELECT …) TO STDOUT}. The scorecard has its own ({@link ScorecardBenchmark}).
 */
public final class IndicatorsBenchmark {

    private static final int INDICATORS = 100;
    private static final int AREAS = SyntheticObservations.AREAS;
    private static final int PERIODS = 20;
    private static final int FIRST_INDICATOR = 950_001;
    /** Indicators of a smaller import run first, so that the measured one finds the service's code compiled. */
    private static final int WARM_UP_FIRST_INDICATOR = FIRST_INDICATOR + INDICATORS;
    private static final int WARM_UP_INDICATORS = 30;

    private IndicatorsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = BenchmarkStack.freshDirectory("bench-indicators");
        Path csv = work.resolve("observations.csv");
        Path warmUpNewAreas = work.resolve("warm-up-1.csv");
        Path warmUp = work.resolve("warm-up-2.csv");
        System.out.println("Generating " + INDICATORS * AREAS * PERIODS + " rows...");
        SyntheticObservations.write(csv, FIRST_INDICATOR, INDICATORS, PERIODS, null);
        // The first warm-up registers the areas, as the measured import would find them: the second takes the
        // measured import's own path.
        SyntheticObservations.write(warmUpNewAreas, WARM_UP_FIRST_INDICATOR, WARM_UP_INDICATORS / 3, PERIODS,
                null);
        SyntheticObservations.write(warmUp, WARM_UP_FIRST_INDICATOR + WARM_UP_INDICATORS / 3,
                WARM_UP_INDICATORS - WARM_UP_INDICATORS / 3, PERIODS, null);
        System.out.printf(Locale.ROOT, "  %s, %.0f MB%n", csv, Files.size(csv) / 1e6);

        System.out.println("Starting the stack (indicators-service at -Xmx256m)...");
        try (Stack stack = BenchmarkStack.start(BenchmarkStack.home(), work.resolve("data"), "256m", 18080)) {
            StackConfig config = stack.config();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String token = BenchmarkStack.token(http, config, "analyst");
            String service = "http://localhost:" + config.ports().indicators();
            SyntheticObservations.define(http, service, token, FIRST_INDICATOR, INDICATORS);
            SyntheticObservations.define(http, service, token, WARM_UP_FIRST_INDICATOR, WARM_UP_INDICATORS);
            // A service that has run for a while has its import path compiled; a fresh one compiles it while the
            // first large import runs, which is the JIT's cost and not the import's.
            long warmUpStarted = System.nanoTime();
            SyntheticObservations.load(http, service, token, warmUpNewAreas);
            SyntheticObservations.load(http, service, token, warmUp);
            System.out.printf(Locale.ROOT, "  Warm-up imports of %d rows (other indicators): %.1f s%n",
                    WARM_UP_INDICATORS * AREAS * PERIODS, (System.nanoTime() - warmUpStarted) / 1e9);
            String jdbc = config.databaseUrl();
            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
                    Statement statement = db.createStatement()) {
                // Gone again, so that the measured import meets the table they would have met.
                String warmUpIds = "BETWEEN " + WARM_UP_FIRST_INDICATOR + " AND "
                        + (WARM_UP_FIRST_INDICATOR + WARM_UP_INDICATORS - 1);
                statement.execute("DELETE FROM indicators.observation WHERE indicator_id " + warmUpIds);
                statement.execute("DELETE FROM indicators.indicator WHERE id " + warmUpIds);
                // Rewritten without the gaps, so that the measured rows lie in the order they arrive.
                statement.execute("VACUUM (FULL, ANALYZE) indicators.observation");
            }

            double copySeconds;
            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
                copySeconds = copyIntoPlainTable(db, csv);
            }
            long started = System.nanoTime();
            HttpResponse<String> imported = SyntheticObservations.load(http, service, token, csv);
            double importSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            HttpResponse<String> again = SyntheticObservations.load(http, service, token, csv);
            double reimportSeconds = (System.nanoTime() - started) / 1e9;

            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
                    Statement statement = db.createStatement()) {
                // The same settled table for both readers: no autovacuum racing either of them.
                statement.execute("VACUUM (ANALYZE) indicators.observation");
            }
            double[] copyOut = new double[3];
            double[] exportTimes = new double[3];
            long copyOutBytes = 0;
            long exportBytes = 0;
            for (int round = 0; round < 3; round++) {
                CountingStream sink = new CountingStream();
                copyOut[round] = copyOut(jdbc, sink);
                copyOutBytes = sink.count();
                CountingStream exported = new CountingStream();
                exportTimes[round] = export(http, service, exported);
                exportBytes = exported.count();
            }
            double copyOutSeconds = median(copyOut);
            double exportSeconds = median(exportTimes);

            report(imported.body(), again.body(), copySeconds, importSeconds, reimportSeconds, copyOutSeconds,
                    copyOutBytes, exportSeconds, exportBytes);
        }
    }

    private static double copyOut(String jdbc, OutputStream sink) throws Exception {
        String filter = "indicator_id BETWEEN " + FIRST_INDICATOR + " AND " + (FIRST_INDICATOR + INDICATORS - 1);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            long started = System.nanoTime();
            db.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT o.indicator_id, i.name, "
                    + "a.parent_code, p.name, o.area_code, a.name, a.type, o.sex, o.age, o.category_type, "
                    + "o.category, o.period_label, o.value, o.lower_ci_95, o.upper_ci_95, o.lower_ci_99_8, "
                    + "o.upper_ci_99_8, o.count, o.denominator, o.value_note, o.period_sort_key "
                    + "FROM indicators.observation o JOIN indicators.indicator i ON i.id = o.indicator_id "
                    + "JOIN indicators.area a ON a.code = o.area_code "
                    + "LEFT JOIN indicators.area p ON p.code = a.parent_code WHERE o." + filter
                    + ") TO STDOUT WITH (FORMAT csv, HEADER)", sink);
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** Downloads the export, counting the bytes as they arrive and keeping none, as the COPY sink does. */
    private static double export(HttpClient http, String service, CountingStream sink) throws Exception {
        long started = System.nanoTime();
        HttpResponse<Void> export = http.send(HttpRequest.newBuilder(URI.create(service
                + "/api/v1/observations?format=csv&indicator=" + indicatorList()))
                .timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.fromSubscriber(
                        new Flow.Subscriber<List<ByteBuffer>>() {
                            @Override
                            public void onSubscribe(Flow.Subscription subscription) {
                                subscription.request(Long.MAX_VALUE);
                            }

                            @Override
                            public void onNext(List<ByteBuffer> buffers) {
                                buffers.forEach(buffer -> sink.add(buffer.remaining()));
                            }

                            @Override
                            public void onError(Throwable failure) {
                                throw new IllegalStateException(failure);
                            }

                            @Override
                            public void onComplete() {
                            }
                        }));
        if (export.statusCode() != 200) {
            throw new IllegalStateException("Export failed: " + export.statusCode());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(String importSummary, String reimportSummary, double copySeconds,
            double importSeconds, double reimportSeconds, double copyOutSeconds, long copyOutBytes,
            double exportSeconds, long exportBytes) {
        System.out.println();
        System.out.println("Import summary: " + importSummary.replaceAll("\"errors\":\\[[^]]*]", "\"errors\":[…]"));
        System.out.println("Re-import summary: " + reimportSummary.replaceAll("\"errors\":\\[[^]]*]",
                "\"errors\":[…]"));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %10s %10s %8s%n", "", "service", "baseline", "ratio");
        System.out.printf(Locale.ROOT, "%-58s %9.1fs %9.1fs %8.2f  (goal <= 3)%n",
                "Import 1,000,000 rows vs COPY into a plain table", importSeconds, copySeconds,
                importSeconds / copySeconds);
        System.out.printf(Locale.ROOT, "%-58s %9.1fs %9.1fs %8.2f%n", "Re-import, all unchanged vs COPY",
                reimportSeconds, copySeconds, reimportSeconds / copySeconds);
        System.out.printf(Locale.ROOT, "%-58s %9.1fs %9.1fs %8.2f  (goal <= 2)%n",
                "CSV export (-Xmx256m) vs COPY (SELECT ...) TO STDOUT, median of 3", exportSeconds, copyOutSeconds,
                exportSeconds / copyOutSeconds);
        System.out.printf(Locale.ROOT, "%-58s %9.0fMB %8.0fMB%n", "  bytes", exportBytes / 1e6, copyOutBytes / 1e6);
    }

    private static double copyIntoPlainTable(Connection db, Path csv) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS public.bench_copy");
            statement.execute("CREATE TABLE public.bench_copy (indicator_id integer, indicator_name text, "
                    + "parent_code text, parent_name text, area_code text, area_name text, area_type text, "
                    + "sex text, age text, category_type text, category text, time_period text, "
                    + "value double precision, "
                    + "lower_ci_95 double precision, upper_ci_95 double precision, lower_ci_99_8 double precision, "
                    + "upper_ci_99_8 double precision, count double precision, denominator double precision, "
                    + "value_note text, recent_trend text, compared_to_england text, compared_to_region text, "
                    + "time_period_sortable integer, new_data text, compared_to_goal text)");
        }
        long started = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            long rows = db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY public.bench_copy FROM STDIN WITH (FORMAT csv, HEADER)", reader);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "  COPY of %d rows into a plain table: %.1f s%n", rows, seconds);
            return seconds;
        }
    }

    private static String indicatorList() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < INDICATORS; i++) {
            list.append(i == 0 ? "" : ",").append(FIRST_INDICATOR + i);
        }
        return list.toString();
    }

    /** Counts bytes and throws them away. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }

        void add(long bytes) {
            count += bytes;
        }

        long count() {
            return count;
        }
    }
}
