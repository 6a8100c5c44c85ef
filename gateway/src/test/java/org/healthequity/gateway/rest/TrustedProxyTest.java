package org.healthequity.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import org.healthequity.gateway.UpstreamStubs;

/**
 * Behind a TLS ingress that the gateway trusts: links keep https and the public host, and callers keep their own
 * rate-limit buckets.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindATrustedIngress.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UpstreamStubs.class)
class TrustedProxyTest {

    /** The tests' own address stands for the ingress in front of the gateway. */
    public static class BehindATrustedIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.trusted-proxies", "127.0.0.0/8,::1");
        }
    }

    @BeforeEach
    void stubServices() {
        UpstreamStubs.resetIndicators();
    }

    @Test
    void theIngressViewOfSchemeHostAndCallerReachesTheService() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.health-equity.example.org")
                .header("X-Forwarded-For", "203.0.113.7")
                .when().get("/api/v1/areas")
                .then().statusCode(200);
        UpstreamStubs.indicators.verify(getRequestedFor(urlPathEqualTo("/api/v1/areas"))
                .withHeader("X-Forwarded-Proto", equalTo("https"))
                .withHeader("X-Forwarded-Host", equalTo("api.health-equity.example.org"))
                .withHeader("X-Forwarded-For", equalTo("203.0.113.7, 127.0.0.1")));
    }

    @Test
    void aHostHeaderThatIsNoHostNameIsNotPassedOn() {
        given().header("X-Forwarded-Host", "evil.example/path?x=1")
                .when().get("/api/v1/principles")
                .then().statusCode(200);
        UpstreamStubs.indicators.verify(getRequestedFor(urlPathEqualTo("/api/v1/principles"))
                .withHeader("X-Forwarded-Host", equalTo("localhost:" + RestAssured.port)));
    }

    @Test
    void anonymousCallersBehindOneIngressHaveOneBucketEach() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").when().get("/api/v1/limited/x")
                    .then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.7").when().get("/api/v1/limited/x")
                .then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.9").when().get("/api/v1/limited/x")
                .then().statusCode(200);
    }
}
