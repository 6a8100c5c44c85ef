package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.healthequity.testing.CsvwCheck;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class ReportRecommendationResourceTest {

    private static final String LEAD = TestTokens.workstreamLead("lead-housing", "housing");

    @Test
    void coverageListsTheRecommendationsNoLiveActionAnswers() {
        create("T5.1", 5, "Improve conditions in the private rented sector", List.of("housing"));
        create("T5.2", 5, "Increase the supply of affordable homes", List.of("housing"));
        JsonPath before = coverage();

        long plan = given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("year", "2080/81"))
                .when().post("/api/v1/workstreams/housing/workplans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        var answering = given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Housing and health projects improving PRS", "ownerOrganisation", "lbc",
                        "recommendation", "T5.1"))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(201).body("recommendation", equalTo("T5.1")).extract();

        JsonPath after = coverage();
        assertThat(after.getLong("answered")).isEqualTo(before.getLong("answered") + 1);
        assertThat(after.getLong("unanswered")).isEqualTo(before.getLong("unanswered") - 1);
        assertThat(after.getList("unansweredRecommendations.code")).contains("T5.2").doesNotContain("T5.1");
        given().auth().oauth2(TestTokens.viewer()).queryParam("answered", true)
                .when().get("/api/v1/report-recommendations")
                .then().statusCode(200).body("items.code", hasItem("T5.1")).body("items.code", not(hasItem("T5.2")));

        Map<String, Object> cancelled = new HashMap<>(Map.of("title", "Housing and health projects improving PRS",
                "ownerOrganisation", "lbc", "recommendation", "T5.1", "status", "CANCELLED"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", answering.header("ETag"))
                .body(cancelled)
                .when().put("/api/v1/actions/" + answering.jsonPath().getLong("id"))
                .then().statusCode(200);
        assertThat(coverage().getList("unansweredRecommendations.code")).contains("T5.1", "T5.2");
    }

    @Test
    void recommendationsAreMappedToWorkstreamsAndListedByPrinciple() {
        create("T3.1", 3, "Increase the number of good quality jobs", List.of("business-skills-employment"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", "business-skills-employment")
                .when().get("/api/v1/report-recommendations")
                .then().statusCode(200).body("items.code", contains("T3.1"))
                .body("items[0].workstreams", contains("business-skills-employment"))
                .body("items[0].answered", equalTo(false));
        var csvAnswer = given().auth().oauth2(TestTokens.viewer()).queryParam("principle", 3)
                .queryParam("format", "csv")
                .when().get("/api/v1/report-recommendations")
                .then().statusCode(200).extract().response();
        String csv = csvAnswer.asString();
        CsvwCheck.describedColumns(csvAnswer, TestTokens.viewer());
        assertThat(csv.lines().toList().get(0)).isEqualTo("Code,Principle,Recommendation,Workstreams,Answered,"
                + "Updated at,Updated by");
        assertThat(csv).contains("T3.1,3,Increase the number of good quality jobs,business-skills-employment,false,");

        String etag = given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/report-recommendations/T3.1")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("code", "T3.1", "principle", 3, "text", "Increase the number of good quality jobs",
                        "workstreams", List.of("business-skills-employment", "children-young-people")))
                .when().put("/api/v1/report-recommendations/T3.1")
                .then().statusCode(200)
                .body("workstreams", contains("business-skills-employment", "children-young-people"));
    }

    @Test
    void onlyAnAdminRecordsRecommendationsAndTheyAreValidated() {
        Map<String, Object> body = Map.of("code", "T7.1", "principle", 7, "text", "Tackle structural racism");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/report-recommendations").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "T 7", "principle", 9, "text", "x", "workstreams", List.of("nowhere")))
                .when().post("/api/v1/report-recommendations")
                .then().statusCode(422).body("errors.field", contains("code", "principle"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "T7.2", "principle", 7, "text", "x", "workstreams", List.of("nowhere")))
                .when().post("/api/v1/report-recommendations")
                .then().statusCode(422).body("errors[0].field", equalTo("workstreams[0]"));
        create("T7.1", 7, "Tackle structural racism", List.of());
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/report-recommendations").then().statusCode(409);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/report-recommendations/T9.9")
                .then().statusCode(404);
    }

    private static void create(String code, int principle, String text, List<String> workstreams) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "principle", principle, "text", text, "workstreams", workstreams))
                .when().post("/api/v1/report-recommendations")
                .then().statusCode(201);
    }

    private static JsonPath coverage() {
        return given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/report-recommendations/coverage")
                .then().statusCode(200).extract().jsonPath();
    }
}
