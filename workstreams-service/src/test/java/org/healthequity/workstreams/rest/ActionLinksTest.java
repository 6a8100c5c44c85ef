package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
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
 * The golden thread from an action: the evaluation recommendations it answers, checked with evaluation-service
 * (a stub here), and the activity of its workstream's logic model it carries out; listed from the recommendation's
 * end by {@code answers}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
@WithTestResource(EvaluationStub.class)
class ActionLinksTest {

    private static final String LEAD = TestTokens.workstreamLead("lead-links", "business-skills-employment");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void evaluationServiceBackUp() {
        EvaluationStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void anActionAnswersRecommendationsAndCarriesOutAnActivityOfItsLogicModel() {
        long plan = draftPlan("2060/61");
        long action = given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Skills outreach in the most deprived wards", "ownerOrganisation", "semlep",
                        "answersRecommendations", List.of(6, 4, 6), "activity", "SEMLEP employment skills"))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(201)
                .body("answersRecommendations", contains(4, 6))
                .body("activity", equalTo("SEMLEP employment skills"))
                .extract().jsonPath().getLong("id");
        // From the logic model's end: the actions carrying out the activity.
        given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", "business-skills-employment")
                .queryParam("activity", "SEMLEP employment skills").queryParam("pageSize", 100)
                .when().get("/api/v1/actions").then().statusCode(200).body("items.id", hasItem((int) action))
                .body("items.activity", everyItem(equalTo("SEMLEP employment skills")));
        // From the recommendation's end: the actions answering it.
        given().auth().oauth2(TestTokens.viewer()).queryParam("answers", 4).when().get("/api/v1/actions")
                .then().statusCode(200).body("items.id", hasItem((int) action));
        given().auth().oauth2(TestTokens.viewer()).queryParam("answers", 5).when().get("/api/v1/actions")
                .then().statusCode(200).body("items.id", not(hasItem((int) action)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("answering", true).queryParam("pageSize", 100)
                .when().get("/api/v1/actions").then().statusCode(200).body("items.id", hasItem((int) action))
                .body("items.answersRecommendations.flatten()", not(hasItem(nullValue())));
        given().auth().oauth2(TestTokens.viewer()).queryParam("answering", false).queryParam("pageSize", 100)
                .when().get("/api/v1/actions").then().statusCode(200).body("items.id", not(hasItem((int) action)));

        // While evaluation-service is down, an edit that keeps the links is not held up by it.
        EvaluationStub.down();
        String etag = given().auth().oauth2(LEAD).when().get("/api/v1/actions/" + action).then().extract()
                .header("ETag");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Skills outreach in the most deprived wards", "ownerOrganisation", "semlep",
                        "answersRecommendations", List.of(4, 6), "activity", "SEMLEP employment skills",
                        "status", "IN_PROGRESS"))
                .when().put("/api/v1/actions/" + action).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void linksToWhatDoesNotExistOrBelongsElsewhereAre422sNamingTheField() {
        long plan = draftPlan("2061/62");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Unknown recommendation", "ownerOrganisation", "lbc",
                        "answersRecommendations", List.of(4, 99)))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("answersRecommendations[1]"))
                .body("errors[0].code", equalTo("unknown_recommendation"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Another workstream's recommendation", "ownerOrganisation", "lbc",
                        "answersRecommendations", List.of(5)))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(422)
                .body("errors[0].code", equalTo("other_workstream"))
                .body("errors[0].message", containsString("'housing'"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Unknown activity", "ownerOrganisation", "lbc", "activity", "Knitting circle"))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("activity"))
                .body("errors[0].code", equalTo("unknown_activity"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Too many", "ownerOrganisation", "lbc",
                        "answersRecommendations", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(422).body("errors[0].field", containsString("answersRecommendations"));
        given().auth().oauth2(LEAD).queryParam("workplan", plan).when().get("/api/v1/actions")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void whenEvaluationServiceCannotAnswerNothingIsSaved() {
        long plan = draftPlan("2062/63");
        EvaluationStub.down();
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Unchecked link", "ownerOrganisation", "lbc", "answersRecommendations",
                        List.of(4)))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("nothing was saved"));
        given().auth().oauth2(LEAD).queryParam("workplan", plan).when().get("/api/v1/actions")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void whenEvaluationServiceIsSlowerThanItsTimeoutNothingIsSaved() {
        long plan = draftPlan("2063/64");
        EvaluationStub.slow(2_500);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Slowly checked link", "ownerOrganisation", "lbc", "answersRecommendations",
                        List.of(4)))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(503).contentType("application/problem+json");
        given().auth().oauth2(LEAD).queryParam("workplan", plan).when().get("/api/v1/actions")
                .then().statusCode(200).body("items", empty());
    }

    private static long draftPlan(String year) {
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("year", year))
                .when().post("/api/v1/workstreams/business-skills-employment/workplans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
