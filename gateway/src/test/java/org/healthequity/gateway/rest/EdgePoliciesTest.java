package org.healthequity.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.gateway.UpstreamStubs;
import org.healthequity.testing.TestTokens;

/** The policies the gateway applies at the edge, whatever the route. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UpstreamStubs.class)
class EdgePoliciesTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void stubServices() {
        UpstreamStubs.resetIndicators();
    }

    @Test
    void tokensFromAnotherIssuerOrSignedWithAnotherKeyAreRefused() throws Exception {
        String otherIssuer = TestTokens.builder("viewer", "viewer").issuer("https://elsewhere.example/realms/x")
                .sign();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = TestTokens.builder("viewer", "viewer").sign(generator.generateKeyPair().getPrivate());
        for (String token : new String[] { otherIssuer, otherKey }) {
            given().auth().oauth2(token)
                    .when().get("/api/v1/principles")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        UpstreamStubs.indicators.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/principles")));
    }

    @Test
    void corsAnswersConfiguredOriginsOnly() {
        given().header("Origin", "https://bi.luton.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/principles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://bi.luton.example")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://bi.luton.example")
                .when().get("/api/v1/principles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://bi.luton.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/principles")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] { "/api/v1/principles", "/api/v1/nothing-here" }) {
            given().when().get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("Strict-Transport-Security", containsString("max-age="));
        }
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:"));
    }

    @Test
    void anHtmlPageAServiceRendersMayUseItsInlineStyleButNoScript() {
        UpstreamStubs.indicators.stubFor(get(urlPathEqualTo("/api/v1/principles/page"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html;charset=UTF-8")
                        .withBody("<!DOCTYPE html><style>h1{color:#1d70b8}</style><h1>Report</h1>")));

        String policy = given().when().get("/api/v1/principles/page")
                .then().statusCode(200).extract().header("Content-Security-Policy");

        assertThat(policy).contains("style-src 'unsafe-inline'").contains("default-src 'none'")
                .doesNotContain("script-src");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheRoutesLimit() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        byte[] large = new byte[4_096];
        Arrays.fill(large, (byte) 'x');
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/small-bodies/x"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("larger than the 100 bytes");
        HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/small-bodies/x"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[50]))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(201);
        UpstreamStubs.indicators.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/small-bodies/x")));
    }

    @Test
    void aRouteLargerThanTenMebibytesTakesItsOwnLimitAndEvery413IsAProblem() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/large-bodies/x"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[12 << 20])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as("12 MiB is within the route's 32 MiB").isEqualTo(201);

        HttpResponse<String> tooLarge = client.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/large-bodies/x"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[40 << 20])))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        String bearer = "Authorization: Bearer " + TestTokens.admin() + "\r\n";
        for (String path : new String[] { "/api/v1/large-bodies/x", "/api/v1/imports" }) {
            String head = rawResponseHead("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + bearer
                    + "Content-Type: text/csv\r\nContent-Length: 3000000000000\r\n\r\n");
            assertThat(head).as(path).startsWith("HTTP/1.1 413").containsIgnoringCase(
                    "content-type: application/problem+json");
        }
    }

    /** The status line and headers the gateway answers a request head with, read from a raw socket. */
    private String rawResponseHead(String requestHead) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requestHead.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                head.append(line).append('\n');
            }
            return head.toString();
        }
    }

    @Test
    void aSlowRouteOpensOnlyItsOwnCircuit() {
        UpstreamStubs.indicators.stubFor(get(urlPathEqualTo("/api/v1/slow-reports/x"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(1_000)));
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/slow-reports/x").then().statusCode(504);
        }
        given().when().get("/api/v1/slow-reports/x")
                .then().statusCode(503).body("detail", containsString("stopped calling"));
        given().when().get("/api/v1/principles").then().statusCode(200);
        given().when().get("/api/v1/areas").then().statusCode(200);
    }

    @Test
    void aCallerTooSlowToSendItsBodyIsNotCountedAgainstTheService() throws Exception {
        for (int i = 0; i < 7; i++) {
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /api/v1/slow-uploads/x HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na,b\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                assertThat(status).as("slow upload %d", i).startsWith("HTTP/1.1 504");
            }
        }
        given().contentType("text/csv").body("a,b\n")
                .when().post("/api/v1/slow-uploads/x")
                .then().statusCode(201);
    }

    @Test
    void aRouteTakesOnlyAsManyRequestsAtOnceAsItMayAndFreesThePlaceAfter() throws Exception {
        UpstreamStubs.indicators.stubFor(get(urlPathEqualTo("/api/v1/one-at-a-time/x"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(1_500)));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/one-at-a-time/x")).build();
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(400);

        HttpResponse<String> second = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.body()).contains("as many requests as it may at once (1)");
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        given().when().get("/api/v1/principles").then().statusCode(200);
    }

    @Test
    void metricsCountAndTimeEachRoute() {
        given().when().get("/api/v1/principles").then().statusCode(200);
        String metrics = given().when().get(managementMetrics).then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("gateway_requests_seconds_count\\{[^}]*route=\"indicators-open-data\"[^}]*"
                + "status=\"200\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("gateway_requests_seconds_bucket\\{[^}]*route=\"indicators-open-data\"");
    }

    @Test
    void metricsAndHealthAreNotServedToCallersOfTheApi() {
        for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready", "/q/health/live" }) {
            given().when().get(path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void whenAStoppedServiceComesBackTrafficResumesWithoutARestart() throws Exception {
        given().when().get("/api/v1/recovering/things").then().statusCode(503);
        given().when().get("/api/v1/recovering/things")
                .then().statusCode(503).body("detail", containsString("stopped calling"));
        WireMockServer recovered = new WireMockServer(wireMockConfig().port(UpstreamStubs.recoveringPort));
        recovered.start();
        try {
            recovered.stubFor(get(urlPathEqualTo("/api/v1/recovering/things"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"back\":true}")));
            Thread.sleep(1_200);
            given().when().get("/api/v1/recovering/things").then().statusCode(200).body("back", equalTo(true));
            given().when().get("/api/v1/recovering/things").then().statusCode(200);
        } finally {
            recovered.stop();
        }
    }
}
