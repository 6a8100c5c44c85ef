package org.healthequity.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/**
 * Reads of evaluation content are tagged and dated by this service's data version (V4): answered 304 before anything
 * is built until a write; the annual report, composed with the other services' data, is tagged by what it shows.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class ConditionalReadTest {

    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");

    @Test
    void aListIsAnswered304ByTagOrDateUntilAWrite() throws Exception {
        String path = "/api/v1/achievements?pageSize=100";
        String lastModified = null;
        for (int attempt = 0; attempt < 30 && lastModified == null; attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            lastModified = given().auth().oauth2(EVALUATOR).when().get(path).then().statusCode(200).extract()
                    .header("Last-Modified");
        }
        assertThat(lastModified).as("Last-Modified three seconds after the last change").isNotNull();
        String etag = given().auth().oauth2(EVALUATOR).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(EVALUATOR).header("If-None-Match", etag).when().get(path)
                .then().statusCode(304).body(emptyString());
        given().auth().oauth2(EVALUATOR).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(304);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("programme", "Health Equity Town", "description", "Conditional read", "year",
                        "2024/25"))
                .when().post("/api/v1/achievements").then().statusCode(201);
        given().auth().oauth2(EVALUATOR).header("If-None-Match", etag).when().get(path).then().statusCode(200);
        given().auth().oauth2(EVALUATOR).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(200);
    }

    @Test
    void theAnnualReportIsNotDatedByThisServicesData() {
        given().auth().oauth2(TestTokens.viewer()).accept("application/json").when()
                .get("/api/v1/reports/annual/2023-24").then().statusCode(200)
                .header("Last-Modified", nullValue());
    }
}
