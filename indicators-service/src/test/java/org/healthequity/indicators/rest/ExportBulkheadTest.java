package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;

/** An export that cannot have its turn at the database is a 503 problem, while everything else is served. */
@QuarkusTest
@TestProfile(ExportBulkheadTest.NoExportTurnFree.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExportBulkheadTest {

    /** Every export's turn is taken: as if the allowed number of exports were already being written. */
    public static class NoExportTurnFree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("indicators.export.concurrent", "0", "indicators.export.queue-timeout", "PT0.2S");
        }
    }

    @Test
    void anExportWithoutATurnIsA503ProblemWithRetryAfter() {
        given().queryParam("format", "csv")
                .when().get("/api/v1/observations")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("30"))
                .body("detail", notNullValue());
        given().when().get("/api/v1/observations")
                .then().statusCode(200);
    }
}
