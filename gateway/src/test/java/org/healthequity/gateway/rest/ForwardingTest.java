package org.healthequity.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.gateway.UpstreamStubs;

/** How requests and answers cross the gateway: which headers pass, and bodies of every shape arriving whole. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UpstreamStubs.class)
class ForwardingTest {

    /** Larger than the answers the gateway reads whole, so that this one streams. */
    private static final String LARGE = "0123456789abcdef".repeat(64 * 1024);
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");
    private static final String DRIBBLED = "{\"items\":[" + "\"area\",".repeat(200) + "\"last\"]}";

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void stubServices() {
        UpstreamStubs.resetIndicators();
        UpstreamStubs.indicators.stubFor(any(urlPathEqualTo("/api/v1/areas/large"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                        .withHeader("Content-Length", Integer.toString(LARGE.length())).withBody(LARGE)));
        UpstreamStubs.indicators.stubFor(get(urlPathEqualTo("/api/v1/areas/dribbled"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(DRIBBLED).withChunkedDribbleDelay(5, 200)));
    }

    @Test
    void connectionHeadersStayOnTheirConnectionWhileTheCallersHostPasses() throws IOException {
        String answer = exchange("GET /api/v1/areas HTTP/1.1\r\n"
                + "Host: api.luton.example\r\n"
                + "Connection: keep-alive, X-Hop\r\n"
                + "X-Hop: only for the gateway\r\n"
                + "Keep-Alive: timeout=5\r\n"
                + "Proxy-Authorization: Basic c2VjcmV0\r\n"
                + "X-End-To-End: kept\r\n"
                + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
        UpstreamStubs.indicators.verify(getRequestedFor(urlPathEqualTo("/api/v1/areas"))
                .withHeader("Host", equalTo("api.luton.example"))
                .withHeader("X-Forwarded-Host", equalTo("api.luton.example"))
                .withHeader("X-End-To-End", equalTo("kept"))
                .withHeader("X-Hop", absent())
                .withHeader("Keep-Alive", absent())
                .withHeader("Proxy-Authorization", absent()));
    }

    @Test
    void forwardingHeadersFromACallerThatIsNoTrustedProxyAreReplaced() throws IOException {
        String answer = exchange("GET /api/v1/areas HTTP/1.1\r\n"
                + "Host: api.luton.example\r\n"
                + "X-Forwarded-Proto: https\r\n"
                + "X-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-For: 203.0.113.7\r\n"
                + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
        UpstreamStubs.indicators.verify(getRequestedFor(urlPathEqualTo("/api/v1/areas"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", equalTo("api.luton.example"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1")));
    }

    @Test
    void largeAndChunkedAnswersArriveWhole() throws IOException {
        String large = exchange("GET /api/v1/areas/large HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(large.toLowerCase()).startsWith("http/1.1 200").contains("content-length: " + LARGE.length());
        assertThat(large.substring(large.indexOf("\r\n\r\n") + 4)).isEqualTo(LARGE);
        String dribbled = given().when().get("/api/v1/areas/dribbled")
                .then().statusCode(200).contentType("application/json")
                .extract().asString();
        assertThat(dribbled).isEqualTo(DRIBBLED);
    }

    @Test
    void anHttp10CallerGetsAChunkedAnswerWholeWithItsLength() throws IOException {
        String answer = exchange("GET /api/v1/areas/dribbled HTTP/1.0\r\nHost: localhost\r\n\r\n");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).startsWith("http/1.0 200")
                .contains("content-length: " + DRIBBLED.length())
                .doesNotContain("transfer-encoding");
        assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).isEqualTo(DRIBBLED);
    }

    @Test
    void headAnswersCarryTheLengthButNoBody() throws IOException {
        String answer = exchange("HEAD /api/v1/areas/large HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer.toLowerCase()).startsWith("http/1.1 200")
                .contains("content-length: " + LARGE.length())
                .endsWith("\r\n\r\n");
    }

    /**
     * One request written as raw bytes, for headers and versions an HTTP client library would not send; the answer
     * is read up to the end of its head and then as many bytes as its {@code Content-Length} gives (none for HEAD).
     */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            while (answer.indexOf("\r\n\r\n") < 0) {
                int next = in.read();
                assertThat(next).as("the answer's head ended early: %s", answer).isNotNegative();
                answer.append((char) next);
            }
            Matcher length = CONTENT_LENGTH.matcher(answer);
            if (!request.startsWith("HEAD") && length.find()) {
                answer.append(new String(in.readNBytes(Integer.parseInt(length.group(1))),
                        StandardCharsets.ISO_8859_1));
            }
            return answer.toString();
        }
    }
}
