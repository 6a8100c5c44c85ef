package org.healthequity.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

import org.healthequity.gateway.UpstreamStubs;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UpstreamStubs.class)
class ProxyRoutesTest {

    @BeforeEach
    void stubServices() {
        UpstreamStubs.resetIndicators();
        UpstreamStubs.workstreams.resetAll();
        UpstreamStubs.workstreams.stubFor(post(urlPathEqualTo("/api/v1/organisations"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"slug\":\"x\"}")));
    }

    @Test
    void openDataReachesItsServiceUnchangedWithForwardingHeaders() {
        given().header("X-Request-Id", "trace-42")
                .when().get("/api/v1/principles?page=2")
                .then().statusCode(200)
                .header("X-Request-Id", "trace-42")
                .body(containsString("items"));
        UpstreamStubs.indicators.verify(getRequestedFor(urlEqualTo("/api/v1/principles?page=2"))
                .withHeader("X-Request-Id", equalTo("trace-42"))
                .withHeader("X-Forwarded-Host", matching("localhost:\\d+"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("Authorization", absent()));
    }

    @Test
    void anonymousWritesAreRefusedAtTheEdgeWithoutReachingTheService() {
        given().contentType(ContentType.JSON).body("{\"slug\":\"x\"}")
                .when().post("/api/v1/organisations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", Matchers.equalTo(401));
        UpstreamStubs.workstreams.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/organisations")));
    }

    @Test
    void theCallersTokenIsRelayed() {
        String token = TestTokens.admin();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"slug\":\"x\"}")
                .when().post("/api/v1/organisations")
                .then().statusCode(201);
        UpstreamStubs.workstreams.verify(postRequestedFor(urlPathEqualTo("/api/v1/organisations"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalTo("{\"slug\":\"x\"}")));
    }

    @Test
    void invalidTokensAreRefusedEvenOnOpenData() {
        given().auth().oauth2(TestTokens.expired("viewer", "viewer"))
                .when().get("/api/v1/principles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
        given().auth().oauth2(TestTokens.withAudience("another-api", "viewer", "viewer"))
                .when().get("/api/v1/principles")
                .then().statusCode(401);
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"hes-api\",\"sub\":\"x\",\"exp\":4102444800,"
                        + "\"realm_access\":{\"roles\":[\"admin\"]}}").getBytes());
        given().auth().oauth2(header + "." + claims + ".")
                .when().get("/api/v1/principles")
                .then().statusCode(401);
        UpstreamStubs.indicators.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/principles")));
    }

    @Test
    void unknownPathsAreNotFoundProblems() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/principlesX")
                .then().statusCode(404);
    }

    @Test
    void encodedTricksNeverReachAService() {
        RestAssuredConfig raw = RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig());
        for (String path : new String[] { "/api/v1/principles/..%2Forganisations", "/api/v1/principles/%2e%2e/x",
                "/api/v1/principles/..%5Cx", "/api/v1/principles/%00", "/api/v1/principles/%2F..%2F..%2Fq%2Fhealth" }) {
            given().config(raw).urlEncodingEnabled(false)
                    .when().get(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json");
        }
        UpstreamStubs.indicators.verify(0, getRequestedFor(urlPathMatching(".*")));
        UpstreamStubs.workstreams.verify(0, getRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void aStoppedServiceAnswersServiceUnavailableQuicklyAndOtherRoutesKeepWorking() {
        long started = System.nanoTime();
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/evaluations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("evaluation"));
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/evaluations")
                .then().statusCode(503);
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/evaluations")
                .then().statusCode(503)
                .header("Retry-After", Matchers.notNullValue())
                .body("detail", containsString("stopped calling"));
        Assertions.assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))
                .isLessThan(5);
        given().when().get("/api/v1/principles").then().statusCode(200);
    }

    @Test
    void aSlowServiceTimesOutWithAGatewayTimeoutProblem() {
        UpstreamStubs.indicators.stubFor(get(urlPathEqualTo("/api/v1/slow"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        given().when().get("/api/v1/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .time(lessThan(2_500L));
    }

    @Test
    void rateLimitsAnswerTooManyRequestsWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/limited").then().statusCode(200)
                    .header("RateLimit", containsString("limit=3"));
        }
        given().when().get("/api/v1/limited")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Matchers.notNullValue())
                .header("RateLimit", containsString("remaining=0"));
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/limited")
                .then().statusCode(200);
    }

    @Test
    void oversizedBodiesArePayloadTooLarge() {
        given().contentType(ContentType.JSON).body("{\"text\":\"" + "x".repeat(200) + "\"}")
                .when().post("/api/v1/small-bodies/upload")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }
}
