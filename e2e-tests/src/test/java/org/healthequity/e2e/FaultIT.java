package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Real faults on the real stack: a service killed in the middle of a million-row import, a service stopped, the
 * database stopped for 20 seconds under traffic, and Keycloak stopped. Runs after every other end-to-end class
 * (see junit-platform.properties), since it breaks what they use; each test restores what it broke, except the
 * last, which leaves Keycloak stopped.
 */
@ExtendWith(StackExtension.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT {

    private static final int AREAS = 50_000;
    private static final int PERIODS = 20;
    private static final int INDICATOR = 990_001;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String gateway;
    private static String analyst;
    private static String viewer;

    @BeforeAll
    static void callers() {
        gateway = StackExtension.config().gatewayUrl();
        analyst = Tokens.user("analyst");
        viewer = Tokens.user("viewer");
    }

    @Test
    @Order(1)
    void aServiceKilledInTheMiddleOfAMillionRowImportKeepsNothingOfItAndTheImportThenSucceeds() throws Exception {
        given().baseUri(gateway).auth().oauth2(analyst).contentType(ContentType.JSON)
                .body("{\"id\":" + INDICATOR + ",\"name\":\"Fault test indicator\",\"principle\":1,"
                        + "\"valueType\":\"PROPORTION\",\"multiplier\":100,\"polarity\":\"LOW_IS_GOOD\","
                        + "\"validMin\":0,\"validMax\":100,\"yearType\":\"CALENDAR\"}")
                .when().post("/api/v1/indicators").then().statusCode(201);
        long rows = (long) AREAS * PERIODS;
        GeneratedCsv crashed = new GeneratedCsv();
        CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(importRequest(crashed),
                HttpResponse.BodyHandlers.ofString());
        while (crashed.rowsRead() < rows / 2 && !upload.isDone()) {
            Thread.sleep(20);
        }
        assertThat(upload.isDone()).as("the import was still running at half way").isFalse();
        StackExtension.stack().kill("indicators-service");
        long killedAt = crashed.rowsRead();
        assertThat(upload.handle((response, failure) -> response == null ? 0 : response.statusCode()).get())
                .as("the caller got no success").isNotIn(200, 201);
        StackExtension.stack().restart("indicators-service", message -> System.out.println("[fault] " + message));

        assertThat(countObservations()).as("observations of the import killed after %d rows were sent", killedAt)
                .isZero();
        assertThat(countAreas()).as("areas of the killed import").isZero();

        long started = System.nanoTime();
        HttpResponse<String> rerun = HTTP.send(importRequest(new GeneratedCsv()), HttpResponse.BodyHandlers.ofString());
        assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(201);
        assertThat(countObservations()).isEqualTo(rows);
        System.out.printf(Locale.ROOT, "[fault] import killed at %d of %d rows sent; nothing kept; re-run stored all "
                + "in %.1f s%n", killedAt, rows, (System.nanoTime() - started) / 1e9);
    }

    @Test
    @Order(2)
    void aStoppedServiceMarksItsPartUnavailableAndLeavesTheOtherRoutesServing() {
        StackExtension.stack().stop("workstreams-service");
        try {
            given().baseUri(gateway).auth().oauth2(viewer)
                    .when().get("/api/v1/reports/annual/2023-24")
                    .then().statusCode(200)
                    .body("workstreams.available", equalTo(false))
                    .body("outcomes.available", equalTo(true));
            given().baseUri(gateway).when().get("/api/v1/principles").then().statusCode(200);
            given().baseUri(gateway).auth().oauth2(viewer).when().get("/api/v1/evaluations").then().statusCode(200);
            given().baseUri(gateway).auth().oauth2(viewer).when().get("/api/v1/workstreams")
                    .then().statusCode(503).contentType("application/problem+json");
        } finally {
            StackExtension.stack().restart("workstreams-service", message -> System.out.println("[fault] " + message));
        }
        awaitServing("/api/v1/workstreams", Duration.ofSeconds(60));
    }

    @Test
    @Order(3)
    void theDatabaseStoppedForTwentySecondsUnderTrafficGivesOnly503ProblemsAndEveryServiceRecovers()
            throws Exception {
        List<String> paths = List.of("/api/v1/workstreams", "/api/v1/evaluations", "/api/v1/indicators",
                "/api/v1/organisations", "/api/v1/recommendations");
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, AtomicLong> outcomes = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        CompletableFuture<Void> traffic = CompletableFuture.runAsync(() -> {
            int i = 0;
            while (running.get()) {
                String path = paths.get(i++ % paths.size());
                Response response = given().baseUri(gateway).auth().oauth2(viewer).when().get(path);
                int status = response.statusCode();
                synchronized (outcomes) {
                    outcomes.computeIfAbsent(Integer.toString(status), key -> new AtomicLong()).incrementAndGet();
                    if (status != 200 && (status != 503
                            || !String.valueOf(response.contentType()).startsWith("application/problem+json"))) {
                        wrong.add(path + " " + status + " " + response.asString());
                    }
                }
            }
        });
        Thread.sleep(2000);
        StackExtension.stack().stopDatabase();
        Thread.sleep(20_000);
        StackExtension.stack().startDatabase();
        for (String path : paths) {
            awaitServing(path, Duration.ofSeconds(60));
        }
        Thread.sleep(2000);
        running.set(false);
        traffic.get();
        System.out.println("[fault] answers while the database was stopped for 20 s and after: " + outcomes);
        assertThat(wrong).isEmpty();
        assertThat(outcomes).containsKey("503").containsKey("200");
    }

    @Test
    @Order(4)
    void withKeycloakStoppedIssuedTokensStillWorkAndForgedOnesAreRefusedCleanly() {
        StackExtension.stack().stop("keycloak");
        given().baseUri(gateway).auth().oauth2(viewer).when().get("/api/v1/workstreams").then().statusCode(200);
        given().baseUri(Services.url("evaluation")).auth().oauth2(viewer).when().get("/api/v1/evaluations")
                .then().statusCode(200);
        String[] parts = viewer.split("\\.");
        String otherKey = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replaceFirst("\"kid\"\\s*:\\s*\"[^\"]+\"", "\"kid\":\"unknown-key\"");
        assertThat(otherKey).contains("unknown-key");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                otherKey.getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
        long started = System.nanoTime();
        given().baseUri(gateway).auth().oauth2(forged).when().get("/api/v1/workstreams")
                .then().statusCode(401).contentType("application/problem+json");
        given().baseUri(Services.url("workstreams")).auth().oauth2(forged).when().get("/api/v1/workstreams")
                .then().statusCode(401);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        // A new login cannot be had: Keycloak does not answer (here nothing stands in front of it to turn that into
        // a 503), and nothing in the system waits on it.
        HttpRequest login = HttpRequest.newBuilder(URI.create(StackExtension.config().oidcUrl()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=hes-cli&username=viewer"
                        + "&password=viewer")).build();
        assertThatThrownBy(() -> HTTP.send(login, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    private static void awaitServing(String path, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = given().baseUri(gateway).auth().oauth2(viewer).when().get(path).statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(path + " did not recover within " + within + "; last status " + status);
    }

    private static HttpRequest importRequest(GeneratedCsv csv) {
        return HttpRequest.newBuilder(URI.create(gateway + "/api/v1/imports"))
                .header("Authorization", "Bearer " + analyst).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> csv)).build();
    }

    private static long countObservations() throws SQLException {
        return count("SELECT count(*) FROM indicators.observation WHERE indicator_id = " + INDICATOR);
    }

    private static long countAreas() throws SQLException {
        return count("SELECT count(*) FROM indicators.area WHERE code LIKE 'E99%'");
    }

    private static long count(String sql) throws SQLException {
        var config = StackExtension.config();
        try (Connection connection = DriverManager.getConnection(config.databaseUrl(), config.databaseUser(),
                config.databasePassword()); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A Fingertips CSV of one indicator for 50,000 new areas × 20 years, written as it is read. */
    private static final class GeneratedCsv extends InputStream {

        private byte[] line = ("Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,"
                + "Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,"
                + "Denominator\r\n").getBytes(StandardCharsets.US_ASCII);
        private int position;
        private long row;
        private final AtomicLong rowsRead = new AtomicLong();

        long rowsRead() {
            return rowsRead.get();
        }

        @Override
        public int read() throws IOException {
            if (position == line.length && !next()) {
                return -1;
            }
            return line[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position == line.length && !next()) {
                return -1;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean next() {
            if (row == (long) AREAS * PERIODS) {
                return false;
            }
            long area = row / PERIODS;
            int year = 2001 + (int) (row % PERIODS);
            double value = 10 + (row * 7919 % 300) / 10.0;
            line = String.format(Locale.ROOT, "%d,Fault test indicator,E12000006,East of England region,"
                    + "E99%06d,Fault area %d,County & UA,Persons,All ages,,,%d,%.1f,%.1f,%.1f,%d,1000\r\n",
                    INDICATOR, area, area, year, value, value - 2, value + 2, (long) (value * 10))
                    .getBytes(StandardCharsets.US_ASCII);
            position = 0;
            row++;
            rowsRead.set(row);
            return true;
        }
    }
}
