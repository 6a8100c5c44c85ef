package org.healthequity.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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

/** Findings, system impact, achievements and next steps: the seed's content, and how each is written. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class EvaluationContentTest {

    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void sourcesBackUp() {
        SourcesStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void theSeedsFindingsAreItsOpportunitiesAndChallenges() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("kind", "CHALLENGE")
                .when().get("/api/v1/evaluations/1/findings")
                .then().statusCode(200)
                .body("items.statement", contains("Long term-ism", "View of leading versus influencing",
                        "Competing system priorities", "Some areas have limited levers of influence",
                        "Getting the governance right – to be seen as part of system not another \"project\"",
                        "Capacity to deliver at desired pace"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("evaluation", 1).queryParam("kind", "OPPORTUNITY")
                .when().get("/api/v1/findings")
                .then().statusCode(200)
                .body("items", hasSize(6))
                .body("items[0].statement", containsString("Improved evidence base"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("evaluation", 999)
                .when().get("/api/v1/findings").then().statusCode(400);
    }

    @Test
    void findingsAreRecordedChangedAndRemovedWithTheCurrentETag() {
        var created = given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "INSIGHT", "theme", "Governance", "statement", "Board papers now cite the report"))
                .when().post("/api/v1/evaluations/1/findings")
                .then().statusCode(201).body("createdBy", equalTo("evaluator")).extract();
        String location = created.header("Location");
        String etag = created.header("ETag");
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("kind", "INSIGHT", "statement", "Board papers cite the report", "evidence", "Minutes"))
                .when().put(location)
                .then().statusCode(200).body("theme", nullValue()).body("evidence", equalTo("Minutes"));
        given().auth().oauth2(EVALUATOR).header("If-Match", etag).when().delete(location).then().statusCode(412);
        String current = given().auth().oauth2(EVALUATOR).when().get(location).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.viewer()).header("If-Match", current).when().delete(location)
                .then().statusCode(403);
        given().auth().oauth2(EVALUATOR).header("If-Match", current).when().delete(location).then().statusCode(204);
        given().auth().oauth2(EVALUATOR).when().get(location).then().statusCode(404);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(Map.of("kind", "RUMOUR"))
                .when().post("/api/v1/evaluations/1/findings")
                .then().statusCode(422).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(Map.of("kind", "INSIGHT"))
                .when().post("/api/v1/evaluations/1/findings")
                .then().statusCode(422).body("errors[0].field", equalTo("statement"));
    }

    @Test
    void theSystemImpactSoFarIsSeededByMode() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("mode", "INFLUENCING").queryParam("year", "2023/24")
                .when().get("/api/v1/impacts")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.description", hasItem("Family hubs locations"))
                .body("items.find { it.description.startsWith('Influenced strategic') }.partners",
                        contains("active-luton"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("mode", "LEADING")
                .when().get("/api/v1/impacts")
                .then().body("items.description", hasItem("Governance, Health Equity Town Board"));
    }

    @Test
    void impactPartnersAreCheckedWithWorkstreamsService() {
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("mode", "FACILITATING_ENABLING", "description", "Toolkit launch", "year", "2024/25",
                        "partners", List.of("lbc", "nobody")))
                .when().post("/api/v1/impacts")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("partners[1]")).body("errors[0].code",
                equalTo("unknown_organisation"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("mode", "FACILITATING_ENABLING", "description", "Toolkit launch", "year", "2024",
                        "partners", List.of("lbc")))
                .when().post("/api/v1/impacts")
                .then().statusCode(422).body("errors[0].field", equalTo("year"));
        SourcesStub.down(SourcesStub.workstreams);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("mode", "LEADING", "description", "Conference", "year", "2024/25",
                        "partners", List.of("lbc")))
                .when().post("/api/v1/impacts")
                .then().statusCode(503);
        SourcesStub.up();
        circuitBreakers.resetAll();
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("mode", "LEADING", "description", "Conference", "year", "2024/25", "date", "2024-11-14",
                        "partners", List.of("lbc", "elft")))
                .when().post("/api/v1/impacts")
                .then().statusCode(201).body("partners", contains("lbc", "elft")).body("date", equalTo("2024-11-14"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("year", "2024/25").queryParam("mode", "LEADING")
                .when().get("/api/v1/impacts").then().body("items.description", contains("Conference"));
    }

    @Test
    void achievementsAreSeededByProgrammeWithTheirMetrics() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("programme", "core20plus5").queryParam("pageSize", 100)
                .when().get("/api/v1/achievements")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items[0].description", equalTo("Food First Luton >8000 Food map distribution"))
                .body("items[0].metric.value", equalTo(8000))
                .body("items[0].metric.qualifier", equalTo("MORE_THAN"))
                .body("items[1].metric.qualifier", equalTo("UP_TO"))
                .body("items[2].metric", nullValue());
        given().auth().oauth2(TestTokens.viewer()).queryParam("programme", "Talk Listen Change")
                .when().get("/api/v1/achievements")
                .then().body("items", hasSize(8));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("programme", "Health Equity Town", "description", "Prize awarded", "year", "2024/25",
                        "metric", Map.of("value", 12)))
                .when().post("/api/v1/achievements")
                .then().statusCode(422).body("errors[0].field", equalTo("metric.unit"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("programme", "Health Equity Town", "description", "Prize awarded", "year", "2024/25",
                        "metric", Map.of("value", 12, "unit", "community projects funded")))
                .when().post("/api/v1/achievements")
                .then().statusCode(201).body("metric.qualifier", equalTo("EXACTLY"));
    }

    @Test
    void nextStepsAreSeededAndTickedOff() {
        var steps = given().auth().oauth2(TestTokens.viewer()).queryParam("year", "2023/24")
                .when().get("/api/v1/next-steps")
                .then().statusCode(200)
                .body("items", hasSize(8))
                .body("items[5].text", equalTo("Full evaluation of core20plus5 work undertaken to date"))
                .extract().jsonPath();
        long id = steps.getLong("items[5].id");
        String etag = given().auth().oauth2(EVALUATOR).when().get("/api/v1/next-steps/" + id).then()
                .extract().header("ETag");
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", "Full evaluation of core20plus5 work undertaken to date", "year", "2023/24",
                        "done", true, "ownerOrganisation", "lbc"))
                .when().put("/api/v1/next-steps/" + id)
                .then().statusCode(200).body("done", equalTo(true)).body("ownerOrganisation", equalTo("lbc"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("year", "2023/24").queryParam("done", true)
                .when().get("/api/v1/next-steps")
                .then().body("items.id", hasItem((int) id));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Unowned", "year", "2024/25", "ownerOrganisation", "nobody"))
                .when().post("/api/v1/next-steps")
                .then().statusCode(422).body("errors[0].field", equalTo("ownerOrganisation"));
    }
}
