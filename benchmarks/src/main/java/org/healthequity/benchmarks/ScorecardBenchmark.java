package org.healthequity.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.healthequity.launcher.Stack;
import org.healthequity.launcher.StackConfig;

/**
 * The scorecard at two sizes of database, in one run on one machine: {@code GET /api/v1/scorecards/{area}} for random
 * authorities under wrk (uncached, and refreshed with the ETag it was read with), against pgbench running the SQL
 * the service runs for one scorecard at the same concurrency; first with 1,000,000 stored observations (100
 * indicators × 500 areas × 20 years, imported through the API), then with 10,000,000: the same rows and 9,000,000
 * more, the deprivation-decile breakdowns of 90 of the indicators. The scorecard shows the same area and indicators
 * at both sizes; what grows is everything else in the table, as a real installation grows with breakdowns.
 */
public final class ScorecardBenchmark {

    private static final int FIRST_INDICATOR = 970_001;
    private static final int CONNECTIONS = 16;

    /**
     * How much data and how long: {@link #FULL} is the benchmark whose figures are in indicators-service's README;
     * {@link #SHORT} is the few seconds of it the build runs, so that the benchmark keeps working.
     */
    public record Scale(int indicators, int brokenDownIndicators, int periods, int warmUpSeconds, int seconds,
            int rounds) {

        /** 100 × 500 × 20 = 10⁶, then 90 × 500 × 20 × 10 = 9 × 10⁶ more; JIT warm for 30 s; 3 rounds of 20 s. */
        public static final Scale FULL = new Scale(100, 90, 20, 30, 20, 3);
        public static final Scale SHORT = new Scale(3, 2, 3, 3, 3, 1);

        List<String> shownPeriods() {
            int last = SyntheticObservations.FIRST_YEAR + periods - 1;
            return List.of(Integer.toString(last - 1), Integer.toString(last));
        }
    }

    /** The figures at one size: the service uncached, the same scorecards refreshed (304), and pgbench of its SQL. */
    public record Size(long observations, Wrk.Result uncached, Wrk.Result conditional, Wrk.Result pgbench) {

        public double uncachedOverPgbench() {
            return uncached.requestsPerSecond() / pgbench.requestsPerSecond();
        }

        public double conditionalOverUncached() {
            return conditional.requestsPerSecond() / uncached.requestsPerSecond();
        }
    }

    /** Both sizes. */
    public record Figures(Size small, Size large) {

        public double p99Growth() {
            return large.uncached().p99Millis() / small.uncached().p99Millis();
        }
    }

    private ScorecardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = BenchmarkStack.freshDirectory("bench-scorecards");
        System.out.println("Starting the stack (indicators-service at -Xmx256m)...");
        try (Stack stack = BenchmarkStack.start(BenchmarkStack.home(), work.resolve("data"), "256m", 18380)) {
            print(run(stack.config(), work, Scale.FULL));
        }
    }

    /** Loads the scale's observations into a running stack (demo users on), measures, grows the table, measures. */
    public static Figures run(StackConfig config, Path work, Scale scale) throws Exception {
        Files.createDirectories(work);
        Path csv = work.resolve("observations.csv");
        SyntheticObservations.write(csv, FIRST_INDICATOR, scale.indicators(), scale.periods(), null);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = BenchmarkStack.token(http, config, "analyst");
        String service = "http://127.0.0.1:" + config.ports().indicators();
        SyntheticObservations.define(http, service, token, FIRST_INDICATOR, scale.indicators());
        long started = System.nanoTime();
        SyntheticObservations.load(http, service, token, csv);
        System.out.printf(Locale.ROOT, "  imported %,d rows in %.1f s%n",
                (long) scale.indicators() * SyntheticObservations.AREAS * scale.periods(),
                (System.nanoTime() - started) / 1e9);
        Files.writeString(work.resolve("scorecard.sql"), pgbenchScript(scale));

        Size small = measure(config, http, service, work, scale, "at the first size");
        try (Connection db = DriverManager.getConnection(config.databaseUrl(), "postgres", "postgres");
                Statement statement = db.createStatement()) {
            started = System.nanoTime();
            int added = statement.executeUpdate(breakdowns(scale));
            System.out.printf(Locale.ROOT, "  added %,d decile rows in %.1f s%n", added,
                    (System.nanoTime() - started) / 1e9);
        }
        Size large = measure(config, http, service, work, scale, "at the second size");
        return new Figures(small, large);
    }

    private static Size measure(StackConfig config, HttpClient http, String service, Path work, Scale scale,
            String label) throws Exception {
        long observations;
        try (Connection db = DriverManager.getConnection(config.databaseUrl(), "postgres", "postgres");
                Statement statement = db.createStatement()) {
            statement.execute("VACUUM (ANALYZE) indicators.observation");
            try (ResultSet count = statement.executeQuery("SELECT count(*), "
                    + "pg_relation_size('indicators.observation'), pg_indexes_size('indicators.observation') "
                    + "FROM indicators.observation")) {
                count.next();
                observations = count.getLong(1);
                System.out.printf(Locale.ROOT, "Measuring %s: %,d observations stored (table %,d MB, its indexes "
                        + "%,d MB)%n", label, observations, count.getLong(2) >> 20, count.getLong(3) >> 20);
            }
        }
        checkOneAnswer(http, service, scale);
        Path uncached = work.resolve("scorecards.lua");
        Files.writeString(uncached, """
                request = function()
                  return wrk.format("GET", "/api/v1/scorecards/E06" .. (900000 + math.random(2, %d)))
                end
                """.formatted(SyntheticObservations.AREAS - 1));
        Path conditional = work.resolve("scorecards-refreshed.lua");
        Files.writeString(conditional, refreshScript(http, service));
        Path sql = work.resolve("scorecard.sql");
        Path pgbenchLogs = work.resolve("pgbench-logs");
        String url = service + "/";
        Wrk.run(url, CONNECTIONS, scale.warmUpSeconds(), uncached);
        Wrk.run(url, CONNECTIONS, Math.min(5, scale.warmUpSeconds()), conditional);
        PgBench.run(sql, config.ports().postgres(), "hes", CONNECTIONS, Math.min(5, scale.warmUpSeconds()),
                pgbenchLogs);
        List<Wrk.Result> services = new ArrayList<>();
        List<Wrk.Result> refreshes = new ArrayList<>();
        List<Wrk.Result> databases = new ArrayList<>();
        for (int round = 0; round < scale.rounds(); round++) {
            // Alternated, so that a slow spell of the machine falls on both sides.
            for (int turn = 0; turn < 3; turn++) {
                switch ((turn + round) % 3) {
                    case 0 -> services.add(print("  round " + (round + 1) + " scorecard",
                            Wrk.run(url, CONNECTIONS, scale.seconds(), uncached)));
                    case 1 -> databases.add(print("  round " + (round + 1) + " its SQL, pgbench",
                            PgBench.run(sql, config.ports().postgres(), "hes", CONNECTIONS, scale.seconds(),
                                    pgbenchLogs)));
                    default -> refreshes.add(print("  round " + (round + 1) + " scorecard, 304",
                            Wrk.run(url, CONNECTIONS, scale.seconds(), conditional)));
                }
            }
        }
        return new Size(observations, Wrk.Result.mean(services), Wrk.Result.mean(refreshes),
                Wrk.Result.mean(databases));
    }

    public static void print(Figures figures) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "", "req/s", "p50 ms", "p99 ms");
        for (Size size : List.of(figures.small(), figures.large())) {
            System.out.printf(Locale.ROOT, "%,d observations stored%n", size.observations());
            print("  scorecard, uncached", size.uncached());
            print("  its SQL, pgbench", size.pgbench());
            print("  scorecard refreshed, 304", size.conditional());
            System.out.printf(Locale.ROOT, "  uncached / pgbench: %.2f (goal >= 0.5); 304 / uncached: %.1f "
                    + "(goal >= 10)%n", size.uncachedOverPgbench(), size.conditionalOverUncached());
        }
        System.out.printf(Locale.ROOT, "p99 of the uncached scorecard, second size / first: %.2f (goal <= 2)%n",
                figures.p99Growth());
    }

    private static Wrk.Result print(String name, Wrk.Result result) {
        System.out.printf(Locale.ROOT, "%-44s %10.0f %10.2f %10.2f%n", name, result.requestsPerSecond(),
                result.p50Millis(), result.p99Millis());
        return result;
    }

    /**
     * Every overall value of the first {@code brokenDownIndicators} indicators again in each of Fingertips' ten
     * deprivation deciles, along a gradient (1.3 times the value in the most deprived decile to 0.7 in the least),
     * written by SQL because it is the table's size that is measured, not the import.
     */
    private static String breakdowns(Scale scale) {
        List<String> deciles = SyntheticObservations.DEPRIVATION_DECILES.labels();
        String labels = deciles.stream().map(label -> "'" + label.replace("'", "''") + "'")
                .collect(Collectors.joining(","));
        return "INSERT INTO indicators.observation (indicator_id, area_code, period_label, period_type, "
                + "period_start, period_end, period_sort_key, sex, age, category_type, category, value, count, "
                + "denominator, lower_ci_95, upper_ci_95, lower_ci_99_8, upper_ci_99_8, limits_source, status, "
                + "source, import_id) "
                + "SELECT o.indicator_id, o.area_code, o.period_label, o.period_type, o.period_start, o.period_end, "
                + "o.period_sort_key, o.sex, o.age, '" + SyntheticObservations.DEPRIVATION_DECILES.type() + "', "
                + "d.label, o.value * d.factor, round(o.count * d.factor / 10), round(o.denominator / 10), "
                + "o.lower_ci_95 * d.factor, o.upper_ci_95 * d.factor, o.lower_ci_99_8 * d.factor, "
                + "o.upper_ci_99_8 * d.factor, o.limits_source, o.status, o.source, o.import_id "
                + "FROM indicators.observation o CROSS JOIN (SELECT label, 1.3 - 0.6 * (position - 1) / 9 AS factor "
                + "FROM unnest(ARRAY[" + labels + "]) WITH ORDINALITY AS t (label, position)) d "
                + "WHERE o.indicator_id BETWEEN " + FIRST_INDICATOR + " AND "
                + (FIRST_INDICATOR + scale.brokenDownIndicators() - 1) + " AND o.category_type = '' "
                + "ORDER BY o.indicator_id, o.area_code, d.label, o.period_label";
    }

    /**
     * The statements indicators-service runs for one scorecard of a synthetic authority with the default comparators
     * (England and the region), in its order, written from its code (ScorecardQueries' SQL; the entity reads as
     * plain selects of the same tables): the data version (its ETag), the area tree, the area's series, the data
     * version again (the peers' values are read once per version, so not here), the comparators' values for the two
     * periods shown, the goals, indicators and principles shown.
     */
    private static String pgbenchScript(Scale scale) {
        String ids = IntStream.range(0, scale.indicators()).mapToObj(i -> Integer.toString(FIRST_INDICATOR + i))
                .collect(Collectors.joining(","));
        String periods = String.join(",", scale.shownPeriods());
        return """
                \\set area random(2, %d)
                SELECT version FROM indicators.data_version;
                SELECT code, name, type, parent_code FROM indicators.area;
                SELECT indicator_id, sex, age, period_label, period_type, period_start, period_end, period_sort_key, \
                value, count, denominator, lower_ci_95, upper_ci_95, lower_ci_99_8, upper_ci_99_8, limits_source, \
                value_note, reported_trend, reported_vs_england, reported_vs_region, reported_vs_neighbours \
                FROM indicators.observation WHERE indicator_id = ANY (ARRAY(SELECT id FROM indicators.indicator)) \
                AND area_code = 'E06' || (900000 + :area) AND category_type = '' AND status = 'PUBLISHED' \
                ORDER BY indicator_id, sex, age, period_sort_key, period_label;
                SELECT version FROM indicators.data_version;
                SELECT indicator_id, sex, age, period_label, area_code, value FROM indicators.observation \
                WHERE indicator_id = ANY (ARRAY(SELECT id FROM indicators.indicator)) \
                AND area_code = ANY ('{E92000001,E12000006}') AND period_label = ANY ('{%s}') \
                AND category_type = '' AND status = 'PUBLISHED' AND value IS NOT NULL;
                SELECT * FROM indicators.indicator_goal WHERE indicator_id IN (%s);
                SELECT * FROM indicators.indicator WHERE id IN (%s);
                SELECT * FROM indicators.principle ORDER BY id;
                """.formatted(SyntheticObservations.AREAS - 1, periods, ids, ids);
    }

    /** Each authority's scorecard read once for its ETag; wrk then asks for random ones with their tags. */
    private static String refreshScript(HttpClient http, String service) throws Exception {
        StringBuilder tags = new StringBuilder("local tags = {}\n");
        for (int area = 2; area < SyntheticObservations.AREAS; area++) {
            HttpResponse<Void> response = http.send(scorecard(service, area), HttpResponse.BodyHandlers.discarding());
            String tag = response.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                    "A scorecard without an ETag"));
            tags.append("tags[").append(area).append("] = '").append(tag).append("'\n");
            if (area == 2 && http.send(HttpRequest.newBuilder(scorecard(service, area), (name, value) -> true)
                    .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() != 304) {
                throw new IllegalStateException("A scorecard refreshed with its ETag was not answered 304");
            }
        }
        return tags + """
                request = function()
                  local area = math.random(2, %d)
                  local headers = { ["If-None-Match"] = tags[area] }
                  return wrk.format("GET", "/api/v1/scorecards/E06" .. (900000 + area), headers)
                end
                """.formatted(SyntheticObservations.AREAS - 1);
    }

    /** The benchmark measures what it means to: the scorecard shows each indicator in its two latest periods. */
    private static void checkOneAnswer(HttpClient http, String service, Scale scale) throws Exception {
        HttpResponse<String> response = http.send(scorecard(service, 2), HttpResponse.BodyHandlers.ofString());
        // Other benchmarks' synthetic indicators may share the authorities: only this one's are counted.
        Matcher names = Pattern.compile("\"Benchmark indicator (\\d+)\"").matcher(response.body());
        long rows = names.results().mapToInt(name -> Integer.parseInt(name.group(1)))
                .filter(id -> id >= FIRST_INDICATOR && id < FIRST_INDICATOR + scale.indicators()).count();
        if (response.statusCode() != 200 || rows != scale.indicators()
                || !response.body().contains("\"label\":\"" + scale.shownPeriods().get(1) + "\"")) {
            throw new IllegalStateException("Not a scorecard of " + scale.indicators() + " indicators: "
                    + response.statusCode() + " " + response.body().substring(0,
                            Math.min(2000, response.body().length())));
        }
    }

    private static HttpRequest scorecard(String service, int area) {
        return HttpRequest.newBuilder(URI.create(service + "/api/v1/scorecards/"
                + SyntheticObservations.areaCode(area))).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
