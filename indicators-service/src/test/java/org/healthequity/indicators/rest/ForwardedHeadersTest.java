package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;

/**
 * A caller that is not the gateway cannot choose the links a service writes: its X-Forwarded-* headers are
 * ignored. (The tests' own address is not among the gateway's addresses here.)
 */
@QuarkusTest
@TestProfile(ForwardedHeadersTest.GatewayElsewhere.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ForwardedHeadersTest {

    public static class GatewayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("HES_GATEWAY_ADDRESSES", "192.0.2.10");
        }
    }

    @Test
    void forwardingHeadersFromAnyoneButTheGatewayDoNotShapeLinks() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Port", "443")
                .queryParam("pageSize", 4)
                .when().get("/api/v1/principles")
                .then().statusCode(200)
                .body("links.next", startsWith("http://localhost:"));
    }
}
