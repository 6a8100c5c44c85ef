package org.healthequity.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class EvaluationResourceTest {

    private static Map<String, Object> evaluation(String title) {
        return Map.of("title", title, "period", "2024/25", "status", "PLANNED",
                "aims", List.of("Understand the reach of the Health Equity Town prize"),
                "method", "Survey of prize applicants", "publicationUrl", "https://example.org/report");
    }

    @Test
    void theSeedsEvaluationIsThereWithItsThreeAims() {
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/evaluations")
                .then().statusCode(200)
                .body("items.title", hasItem("Health Equity Town evaluation"))
                .body("items.find { it.title == 'Health Equity Town evaluation' }.aims", hasSize(3))
                .body("items.find { it.title == 'Health Equity Town evaluation' }.aims[0]",
                        startsWith("To understand the impact of the Luton Marmot report"));
    }

    @Test
    void rolesDecideWhoMayRecordAnEvaluation() {
        given().contentType(ContentType.JSON).body(evaluation("Anonymous attempt"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(evaluation("Viewer attempt"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("analyst", "analyst")).contentType(ContentType.JSON)
                .body(evaluation("Analyst attempt"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(403);
        String location = given().auth().oauth2(TestTokens.forUser("evaluator", "evaluator"))
                .contentType(ContentType.JSON).body(evaluation("Prize evaluation"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/evaluations/\\d+"))
                .body("createdBy", equalTo("evaluator"))
                .body("aims", contains("Understand the reach of the Health Equity Town prize"))
                .extract().header("Location");
        given().auth().oauth2(TestTokens.partner("partner-uob", "uob"))
                .when().get(location)
                .then().statusCode(200)
                .body("title", equalTo("Prize evaluation"));
    }

    @Test
    void invalidEvaluationsNameEveryField() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "", "aims", List.of(""), "publicationUrl", "not a url"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "period", "status", "aims[0]", "publicationUrl"));
    }

    @Test
    void updatesAreGuardedByIfMatch() {
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(evaluation("Core20plus5 evaluation"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201).extract().header("Location");
        String etag = given().auth().oauth2(TestTokens.viewer()).when().get(location)
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = Map.of("title", "Core20plus5 evaluation", "period", "2024/25",
                "status", "IN_PROGRESS", "aims", List.of("Full evaluation of core20plus5 work undertaken to date"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(change)
                .when().put(location)
                .then().statusCode(428);
        String newEtag = given().auth().oauth2(TestTokens.forUser("evaluator", "evaluator"))
                .contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put(location)
                .then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("aims", contains("Full evaluation of core20plus5 work undertaken to date"))
                .body("updatedBy", equalTo("evaluator"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put(location)
                .then().statusCode(412);
    }

    @Test
    void listsAreFilteredAndPaged() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("status", "COMPLETED").queryParam("pageSize", 1)
                .when().get("/api/v1/evaluations")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("COMPLETED"))
                .body("links.self", notNullValue());
        given().auth().oauth2(TestTokens.viewer()).queryParam("status", "DONE")
                .when().get("/api/v1/evaluations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/evaluations/999999")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
