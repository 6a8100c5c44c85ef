package org.healthequity.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
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
 * Annual report editions: published by an evaluator as a frozen copy, read by anyone in JSON, Markdown and HTML,
 * never changed, and compared with another year's.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class ReportEditionTest {

    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void sourcesBackUp() {
        SourcesStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void anEditionIsPublishedReadAnonymouslyAndNeverChanges() {
        String editions = "/api/v1/reports/annual/2021-22/editions";
        given().contentType(ContentType.JSON).when().post(editions).then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).when().post(editions).then().statusCode(403);
        given().auth().oauth2(EVALUATOR).when().post(editions).then().statusCode(201)
                .header("Location", endsWith("/api/v1/reports/annual/2021-22/editions/1"))
                .body("number", equalTo(1)).body("year", equalTo("2021/22"))
                .body("publishedBy", equalTo("evaluator")).body("digest", matchesPattern("[0-9a-f]{64}"))
                .body("sources.service", hasItem("indicators-service"))
                .body("sources.find { it.service == 'evaluation-service' }.dataVersion", notNullValue())
                .body("sources.find { it.service == 'indicators-service' }.digest", matchesPattern("[0-9a-f]{64}"))
                .body("report.title", equalTo("Annual progress report 2021/22"));
        // Nothing changed: a second edition would say the same.
        given().auth().oauth2(EVALUATOR).when().post(editions).then().statusCode(409)
                .body("detail", containsString("Edition 1 of 2021/22 already says exactly this"));
        given().when().get(editions + "/1").then().statusCode(200)
                .body("report.title", equalTo("Annual progress report 2021/22"))
                .header("Cache-Control", containsString("public"));
        given().accept("text/markdown").when().get(editions + "/1").then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .body(containsString("Annual progress report 2021/22"));
        given().queryParam("format", "html").when().get(editions + "/latest").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Annual progress report 2021/22"));
        given().when().get(editions).then().statusCode(200).body("", hasSize(1))
                .body("[0].report", nullValue()).body("[0].link", equalTo(editions + "/1"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body("{}").when().put(editions + "/1")
                .then().statusCode(409).body("detail", containsString("never changes"));
        given().auth().oauth2(EVALUATOR).when().delete(editions + "/1").then().statusCode(409);
        given().auth().oauth2(EVALUATOR).when().delete(editions + "/9").then().statusCode(404);
        given().when().get(editions + "/9").then().statusCode(404);
        given().when().get("/api/v1/reports/annual/1800-01/editions").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void aSourceThatCannotAnswerIsRecordedAsUnavailableInTheEdition() {
        SourcesStub.down(SourcesStub.indicators);
        given().auth().oauth2(EVALUATOR).when().post("/api/v1/reports/annual/2020-21/editions").then()
                .statusCode(201)
                .body("report.outcomes.available", equalTo(false))
                .body("sources.find { it.service == 'indicators-service' }.available", equalTo(false))
                .body("sources.find { it.service == 'workstreams-service' }.available", equalTo(true));
    }

    @Test
    void aSlowSourceIsRecordedAsUnavailableAndTheEditionStillPublished() {
        SourcesStub.slow(SourcesStub.workstreams, "/api/v1/workstreams/housing/dashboard",
                SourcesStub.HOUSING_DASHBOARD, 3_000);
        given().auth().oauth2(EVALUATOR).when().post("/api/v1/reports/annual/2018-19/editions").then()
                .statusCode(201)
                .body("report.workstreams.content.find { it.slug == 'housing' }.available", equalTo(false))
                .body("sources.find { it.service == 'indicators-service' }.available", equalTo(true));
    }

    @Test
    void theDiffListsWhatMovedBetweenTwoYearsEditions() {
        int recommendation = given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Publish the edition diff", "ownerOrganisation", "lbc"))
                .when().post("/api/v1/evaluations/1/recommendations").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(EVALUATOR).when().post("/api/v1/reports/annual/2022-23/editions").then()
                .statusCode(201);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .when().post("/api/v1/recommendations/" + recommendation + "/transitions").then().statusCode(200);
        given().auth().oauth2(EVALUATOR).when().post("/api/v1/reports/annual/2023-24/editions").then()
                .statusCode(201);
        given().when().get("/api/v1/reports/annual/2023-24/diff?from=2022-23").then().statusCode(200)
                .body("from.year", equalTo("2022/23")).body("to.year", equalTo("2023/24"))
                .body("from.report", nullValue())
                .body("recommendations.find { it.id == " + recommendation + " }.from", equalTo("PROPOSED"))
                .body("recommendations.find { it.id == " + recommendation + " }.to", equalTo("ACCEPTED"))
                .body("actions.workstream", hasItem("housing"));
        given().when().get("/api/v1/reports/annual/2023-24/diff").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().when().get("/api/v1/reports/annual/2023-24/diff?from=2019-20").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
