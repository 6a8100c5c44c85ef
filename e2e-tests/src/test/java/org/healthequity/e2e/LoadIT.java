package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * Partners posting progress updates and KPI actuals at once, with readers and an analyst's imports beside them,
 * through the gateway for a fixed time ({@code hes.load.seconds}, 30 by default; deploy/README.md has longer runs).
 * Afterwards every write that was acknowledged is stored exactly once, and nothing answered 5xx. A client that is
 * rate limited waits as Retry-After says and sends the same write again.
 */
@ExtendWith(StackExtension.class)
class LoadIT {

    private static final int WRITERS = 8;
    private static final int READERS = 4;
    private static final int ACTUALS_PER_KPI = 60;
    private static final int INDICATOR = 990_002;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    /** Marker of each acknowledged write, with the id the service gave it. */
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

    @Test
    void everyAcknowledgedWriteIsStoredExactlyOnceAndNothingAnswers5xx() throws Exception {
        Duration length = Duration.ofSeconds(Long.getLong("hes.load.seconds", 30));
        String gateway = StackExtension.config().gatewayUrl();
        String admin = Tokens.user("admin");
        long workplan = create(gateway, admin, "/api/v1/workstreams/housing/workplans", "{\"year\":\"2036/37\"}");
        long action = create(gateway, admin, "/api/v1/workplans/" + workplan + "/actions",
                "{\"title\":\"Load test action\",\"ownerOrganisation\":\"elft\"}");
        List<Long> kpis = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            kpis.add(create(gateway, admin, "/api/v1/workstreams/housing/kpis", "{\"name\":\"Load KPI " + i
                    + "\",\"unit\":\"people\",\"direction\":\"INCREASE_IS_GOOD\",\"frequency\":\"FINANCIAL_YEAR\","
                    + "\"ownerOrganisation\":\"elft\"}"));
        }
        create(gateway, admin, "/api/v1/indicators", "{\"id\":" + INDICATOR + ",\"name\":\"Load test indicator\","
                + "\"principle\":2,\"valueType\":\"PROPORTION\",\"multiplier\":100,\"polarity\":\"LOW_IS_GOOD\","
                + "\"validMin\":0,\"validMax\":100,\"yearType\":\"CALENDAR\"}");
        String[] writers = { Tokens.user("partner-elft"), Tokens.user("lead-housing") };
        String reader = Tokens.user("viewer");
        String analyst = Tokens.user("analyst");
        long deadline = System.nanoTime() + length.toNanos();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS + 1);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            work.add(pool.submit(() -> write(gateway, writers[writer % writers.length], action, kpis.get(writer),
                    writer, deadline)));
        }
        for (int r = 0; r < READERS; r++) {
            work.add(pool.submit(() -> read(gateway, reader, action, kpis, deadline)));
        }
        work.add(pool.submit(() -> importRepeatedly(gateway, analyst, deadline)));
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();

        Map<String, Integer> stored = storedMarkers();
        List<String> notOnce = new ArrayList<>();
        acknowledged.forEach((marker, id) -> {
            if (stored.getOrDefault(marker, 0) != 1) {
                notOnce.add(marker + " stored " + stored.getOrDefault(marker, 0) + " times");
            }
        });
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long requests = sorted.size();
        System.out.printf(Locale.ROOT, "[load] %d s, %d writers, %d readers, 1 importer: %d requests (%.0f/s), "
                + "p50 %.1f ms, p99 %.1f ms; statuses %s; %d writes acknowledged, %d marked rows stored%n",
                length.toSeconds(), WRITERS, READERS, requests, requests / (double) length.toSeconds(),
                percentile(sorted, 0.50), percentile(sorted, 0.99), new TreeMap<>(statuses),
                acknowledged.size(), stored.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(serverErrors).isEmpty();
        assertThat(notOnce).isEmpty();
        assertThat(acknowledged).hasSizeGreaterThan(50);
    }

    private void write(String gateway, String token, long action, long kpi, int writer, long deadline) {
        int actuals = 0;
        for (long n = 0; System.nanoTime() < deadline; n++) {
            String marker = "load-" + UUID.randomUUID();
            boolean actual = n % 3 == 2 && actuals < ACTUALS_PER_KPI;
            String path;
            String body;
            if (actual) {
                int year = 2040 + actuals++;
                path = "/api/v1/kpis/" + kpi + "/actuals";
                body = "{\"period\":\"" + year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100)
                        + "\",\"value\":" + n + ",\"evidence\":\"" + marker + "\"}";
            } else {
                path = "/api/v1/actions/" + action + "/updates";
                body = "{\"text\":\"" + marker + "\"}";
            }
            // The same write again while rate limited: a well-behaved client's retry must not store it twice.
            for (int attempt = 0; attempt < 20 && System.nanoTime() < deadline; attempt++) {
                Optional<HttpResponse<String>> response = send(HttpRequest.newBuilder(URI.create(gateway + path))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                if (response.isEmpty()) {
                    break;
                }
                int status = response.get().statusCode();
                if (status == 201) {
                    Matcher id = ID.matcher(response.get().body());
                    acknowledged.put(marker, id.find() ? Long.parseLong(id.group(1)) : -1);
                    break;
                }
                if (status != 429 && status != 503) {
                    break;
                }
                pause(Long.parseLong(response.get().headers().firstValue("Retry-After").orElse("1")) * 1000);
            }
        }
    }

    private void read(String gateway, String token, long action, List<Long> kpis, long deadline) {
        List<String> paths = List.of("/api/v1/actions/" + action + "/updates", "/api/v1/kpis/" + kpis.get(0)
                + "/actuals", "/api/v1/principles", "/api/v1/observations?areaCode=E06000032",
                "/api/v1/workstreams/housing/dashboard");
        for (int i = 0; System.nanoTime() < deadline; i++) {
            Optional<HttpResponse<String>> response = send(HttpRequest.newBuilder(URI.create(gateway
                    + paths.get(i % paths.size()))).header("Authorization", "Bearer " + token).GET());
            if (response.isPresent() && response.get().statusCode() == 429) {
                pause(1000);
            }
        }
    }

    private void importRepeatedly(String gateway, String token, long deadline) {
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n");
        for (int year = 2001; year <= 2020; year++) {
            csv.append(INDICATOR).append(",E06000032,Persons,All ages,").append(year).append(",80.1,,\r\n");
        }
        while (System.nanoTime() < deadline) {
            send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/imports"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
            pause(500);
        }
    }

    private Optional<HttpResponse<String>> send(HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - started);
            statuses.computeIfAbsent(Integer.toString(response.statusCode()), key -> new AtomicLong())
                    .incrementAndGet();
            if (response.statusCode() >= 500) {
                serverErrors.add(response.request().method() + " " + response.request().uri().getPath() + " "
                        + response.statusCode() + " " + response.body());
            }
            return Optional.of(response);
        } catch (IOException e) {
            statuses.computeIfAbsent("no answer", key -> new AtomicLong()).incrementAndGet();
            serverErrors.add("no answer: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** How many stored progress updates and KPI actuals carry each marker. */
    private static Map<String, Integer> storedMarkers() throws SQLException {
        var config = StackExtension.config();
        Map<String, Integer> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(config.databaseUrl(), config.databaseUser(),
                config.databasePassword()); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM workstreams.action_update WHERE text LIKE "
                        + "'load-%' UNION ALL SELECT evidence FROM workstreams.kpi_actual WHERE evidence LIKE "
                        + "'load-%'")) {
            while (rows.next()) {
                stored.merge(rows.getString(1), 1, Integer::sum);
            }
        }
        return stored;
    }

    private static long create(String gateway, String admin, String path, String body) {
        return ((Number) given().baseUri(gateway).auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())))
                / 1e6;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
