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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.healthequity.launcher.Stack;
import org.healthequity.launcher.StackConfig;

/**
 * indicators-service's inequality breakdown against PostgreSQL itself, in one run on one machine: a database holding
 * 1,000,000 observations (9 indicators × 500 areas × 20 years, each overall and in 10 deprivation deciles, and one
 * more indicator without a breakdown), {@code GET /api/v1/inequalities/{area}?indicator=&period=&by=deprivation} for
 * random authorities and indicators under wrk, against pgbench running the service's reads for the same request
 * (the area, the indicator, the area's published values of the indicator) at the same concurrency. Then the slope
 * index of inequality with 100,000 repetitions, called one at a time so that one core computes it.
 */
public final class InequalitiesBenchmark {

    private static final int FIRST_INDICATOR = 960_001;
    private static final int CONNECTIONS = 16;
    private static final int SII_WARM_UP_CALLS = 30;

    /**
     * How much data and how long: {@link #FULL} is the benchmark whose figures are in indicators-service's README;
     * {@link #SHORT} is the few seconds of it the build runs, so that the benchmark keeps working.
     */
    public record Scale(int brokenDownIndicators, int overallIndicators, int periods, int warmUpSeconds,
            int seconds, int rounds, int siiCalls) {

        /** 9 × 500 × 20 × 11 + 1 × 500 × 20 = 1,000,000 observations; JIT warm for 30 s; 3 rounds of 20 s. */
        public static final Scale FULL = new Scale(9, 1, 20, 30, 20, 3, 200);
        public static final Scale SHORT = new Scale(1, 0, 3, 3, 3, 1, 20);

        String period() {
            return Integer.toString(SyntheticObservations.FIRST_YEAR + periods - 1);
        }
    }

    /** One run's figures: the service and pgbench under the same load, and the SII calculator one call at a time. */
    public record Figures(long observations, Wrk.Result service, Wrk.Result pgbench, double siiMedianMillis,
            double siiP99Millis, double fixedCostMillis) {

        public double ratio() {
            return service.requestsPerSecond() / pgbench.requestsPerSecond();
        }
    }

    private InequalitiesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = BenchmarkStack.freshDirectory("bench-inequalities");
        System.out.println("Starting the stack...");
        try (Stack stack = BenchmarkStack.start(BenchmarkStack.home(), work.resolve("data"), "512m", 18280)) {
            print(run(stack.config(), work, Scale.FULL));
        }
    }

    /** Loads the scale's observations into a running stack (demo users on) and measures. */
    public static Figures run(StackConfig config, Path work, Scale scale) throws Exception {
        Files.createDirectories(work);
        Path brokenDown = work.resolve("broken-down.csv");
        Path overall = work.resolve("overall.csv");
        SyntheticObservations.write(brokenDown, FIRST_INDICATOR, scale.brokenDownIndicators(), scale.periods(),
                SyntheticObservations.DEPRIVATION_DECILES);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = BenchmarkStack.token(http, config, "analyst");
        String service = "http://127.0.0.1:" + config.ports().indicators();
        SyntheticObservations.define(http, service, token, FIRST_INDICATOR,
                scale.brokenDownIndicators() + scale.overallIndicators());
        long started = System.nanoTime();
        SyntheticObservations.load(http, service, token, brokenDown);
        if (scale.overallIndicators() > 0) {
            SyntheticObservations.write(overall, FIRST_INDICATOR + scale.brokenDownIndicators(),
                    scale.overallIndicators(), scale.periods(), null);
            SyntheticObservations.load(http, service, token, overall);
        }
        System.out.printf(Locale.ROOT, "  imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
        long observations;
        try (Connection db = DriverManager.getConnection(config.databaseUrl(), "postgres", "postgres");
                Statement statement = db.createStatement()) {
            statement.execute("VACUUM (ANALYZE) indicators.observation");
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM indicators.observation")) {
                count.next();
                observations = count.getLong(1);
            }
        }
        checkOneAnswer(http, service, scale);

        Path lua = work.resolve("inequalities.lua");
        Files.writeString(lua, """
                request = function()
                  local area = 900000 + math.random(2, %d)
                  local indicator = %d + math.random(0, %d)
                  return wrk.format("GET", "/api/v1/inequalities/E06" .. area .. "?indicator=" .. indicator
                    .. "&period=%s&by=deprivation")
                end
                """.formatted(SyntheticObservations.AREAS - 1, FIRST_INDICATOR, scale.brokenDownIndicators() - 1,
                scale.period()));
        Path sql = work.resolve("inequalities.sql");
        Files.writeString(sql, pgbenchScript(scale));
        String url = service + "/";
        System.out.printf(Locale.ROOT, "wrk and pgbench: %d connections on 2 threads, %d s warm-up, %d rounds "
                + "of %d s each, alternating%n", CONNECTIONS, scale.warmUpSeconds(), scale.rounds(),
                scale.seconds());
        Wrk.run(url, CONNECTIONS, scale.warmUpSeconds(), lua);
        Path pgbenchLogs = work.resolve("pgbench-logs");
        PgBench.run(sql, config.ports().postgres(), "hes", CONNECTIONS, Math.min(5, scale.warmUpSeconds()),
                pgbenchLogs);
        List<Wrk.Result> services = new ArrayList<>();
        List<Wrk.Result> databases = new ArrayList<>();
        for (int round = 0; round < scale.rounds(); round++) {
            for (int turn = 0; turn < 2; turn++) {
                if ((turn + round) % 2 == 0) {
                    Wrk.Result result = Wrk.run(url, CONNECTIONS, scale.seconds(), lua);
                    services.add(result);
                    print("  round " + (round + 1) + " service", result);
                } else {
                    Wrk.Result result = PgBench.run(sql, config.ports().postgres(), "hes", CONNECTIONS,
                            scale.seconds(), pgbenchLogs);
                    databases.add(result);
                    print("  round " + (round + 1) + " pgbench", result);
                }
            }
        }
        double[] siiMillis = siiCalls(http, service, 100_000, scale.siiCalls());
        double[] cheapMillis = siiCalls(http, service, 1_000, scale.siiCalls());
        return new Figures(observations, Wrk.Result.mean(services), Wrk.Result.mean(databases),
                percentile(siiMillis, 0.5), percentile(siiMillis, 0.99), percentile(cheapMillis, 0.5));
    }

    public static void print(Figures figures) {
        System.out.println();
        System.out.printf(Locale.ROOT, "observations stored: %,d (the benchmark's and any others)%n",
                figures.observations());
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "", "req/s", "p50 ms", "p99 ms");
        print("/inequalities (10 deciles, SII), service", figures.service());
        print("its reads, pgbench", figures.pgbench());
        System.out.printf(Locale.ROOT, "service / pgbench throughput: %.2f (goal >= 0.5)%n", figures.ratio());
        System.out.printf(Locale.ROOT, "SII of 10 deciles, 100,000 repetitions, one call at a time: "
                + "median %.1f ms, p99 %.1f ms (goal <= 50 ms)%n", figures.siiMedianMillis(),
                figures.siiP99Millis());
        System.out.printf(Locale.ROOT, "  the same with 1,000 repetitions (the call's fixed cost): "
                + "median %.1f ms%n", figures.fixedCostMillis());
    }

    /** The reads the service makes for one breakdown: the area, the indicator, the area's values of it. */
    private static String pgbenchScript(Scale scale) {
        return """
                \\set area random(2, %d)
                \\set indicator random(%d, %d)
                SELECT code, name, type, parent_code FROM indicators.area WHERE code = 'E06' || (900000 + :area);
                SELECT * FROM indicators.indicator WHERE id = :indicator;
                SELECT area_code, sex, age, category_type, category, period_label, period_type, period_start, \
                period_end, period_sort_key, value, count, denominator, lower_ci_95, upper_ci_95, lower_ci_99_8, \
                upper_ci_99_8 FROM indicators.observation WHERE indicator_id = :indicator \
                AND area_code = 'E06' || (900000 + :area) AND status = 'PUBLISHED';
                """.formatted(SyntheticObservations.AREAS - 1, FIRST_INDICATOR,
                FIRST_INDICATOR + scale.brokenDownIndicators() - 1);
    }

    /** The benchmark measures what it means to: a breakdown into 10 deciles with its SII. */
    private static void checkOneAnswer(HttpClient http, String service, Scale scale) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service
                + "/api/v1/inequalities/" + SyntheticObservations.areaCode(2) + "?indicator=" + FIRST_INDICATOR
                + "&period=" + scale.period() + "&by=deprivation")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        int deciles = response.body().split("deprived decile", -1).length - 1;
        if (response.statusCode() != 200 || deciles < 10 || !response.body().contains("\"sii\":{")) {
            throw new IllegalStateException("Not a breakdown into 10 deciles with its SII: " + response.statusCode()
                    + " " + response.body());
        }
    }

    /** Milliseconds per call of {@code POST /api/v1/methods/sii} on 10 deciles, one call at a time. */
    private static double[] siiCalls(HttpClient http, String service, int repetitions, int calls)
            throws Exception {
        StringBuilder quantiles = new StringBuilder();
        for (int decile = 1; decile <= 10; decile++) {
            double value = 0.30 - 0.015 * decile;
            quantiles.append(decile == 1 ? "" : ",").append(String.format(Locale.ROOT, "{\"quantile\":%d,"
                    + "\"population\":%d,\"value\":%.4f,\"lowerCi\":%.4f,\"upperCi\":%.4f}", decile,
                    20_000 + 1_000 * decile, value, value - 0.01, value + 0.01));
        }
        String body = "{\"valueType\":\"PROPORTION\",\"quantiles\":[" + quantiles + "],\"confidence\":0.95,"
                + "\"multiplier\":100,\"transform\":true,\"rii\":true,\"intercept\":true,\"repetitions\":"
                + repetitions + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/api/v1/methods/sii"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        double[] millis = new double[calls];
        for (int call = -SII_WARM_UP_CALLS; call < calls; call++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SII failed: " + response.statusCode() + " " + response.body());
            }
            if (call >= 0) {
                millis[call] = (System.nanoTime() - started) / 1e6;
            }
        }
        return millis;
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor((sorted.length - 1) * fraction)];
    }

    private static void print(String name, Wrk.Result result) {
        System.out.printf(Locale.ROOT, "%-44s %10.0f %10.2f %10.2f%n", name, result.requestsPerSecond(),
                result.p50Millis(), result.p99Millis());
    }
}
