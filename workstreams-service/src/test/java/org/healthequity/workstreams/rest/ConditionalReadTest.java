package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/**
 * Reads of this service's own data are tagged and dated by its data version (V4), so a refresh of unchanged data is
 * answered 304 before anything is built; the dashboard, composed with indicators-service's data, is tagged by what
 * it shows.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class ConditionalReadTest {

    private static final String DASHBOARD = "/api/v1/workstreams/business-skills-employment/dashboard";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void indicatorsServiceBackUp() {
        IndicatorsStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void aListIsTaggedAndDatedByTheDataVersionUntilAWriteChangesIt() throws Exception {
        String token = TestTokens.viewer();
        String path = "/api/v1/organisations?pageSize=100";
        String lastModified = dated(token, path);
        String etag = given().auth().oauth2(token).when().get(path).then().statusCode(200)
                .header("Last-Modified", equalTo(lastModified)).extract().header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
        given().auth().oauth2(token).header("If-None-Match", etag).when().get(path)
                .then().statusCode(304).body(emptyString());
        given().auth().oauth2(token).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "conditional-read-partner", "name", "Conditional read partner", "type",
                        "VOLUNTARY_SECTOR"))
                .when().post("/api/v1/organisations").then().statusCode(201);
        given().auth().oauth2(token).header("If-None-Match", etag).when().get(path).then().statusCode(200);
        given().auth().oauth2(token).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(200);
    }

    @Test
    void theDashboardIsTaggedByWhatItShowsSoAnUpstreamChangeIsNotHiddenBy304() {
        String token = TestTokens.viewer();
        String etag = given().auth().oauth2(token).when().get(DASHBOARD).then().statusCode(200)
                .header("Last-Modified", nullValue()).extract().header("ETag");
        given().auth().oauth2(token).header("If-None-Match", etag).when().get(DASHBOARD).then().statusCode(304);
        // Nothing of this service's changed, but what the dashboard shows did.
        IndicatorsStub.down();
        given().auth().oauth2(token).header("If-None-Match", etag).when().get(DASHBOARD).then().statusCode(200)
                .body("outcomes.available", equalTo(false));
    }

    /** The read's Last-Modified, once the last change is old enough to be dated (the next whole second). */
    private static String dated(String token, String path) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            String lastModified = given().auth().oauth2(token).when().get(path).then().statusCode(200).extract()
                    .header("Last-Modified");
            if (lastModified != null) {
                return lastModified;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No Last-Modified three seconds after the last change");
    }
}
