package org.healthequity.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** The golden thread from a principle to the work serving it, and its gaps, with the other services up and down. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class DeliveryResourceTest {

    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void sourcesBackUp() {
        SourcesStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void aPrincipleShowsItsIndicatorsTheWorkServingItAndItsRecommendations() {
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Prevention in every workplace", "ownerOrganisation", "lbc", "principle", 6))
                .when().post("/api/v1/evaluations/1/recommendations").then().statusCode(201);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("mode", "INFLUENCING", "description", "Workplace health checks", "year", "2019/20",
                        "principles", List.of(6, 3, 6)))
                .when().post("/api/v1/impacts").then().statusCode(201).body("principles", contains(3, 6));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("mode", "INFLUENCING", "description", "Out of range", "year", "2019/20",
                        "principles", List.of(9)))
                .when().post("/api/v1/impacts").then().statusCode(422)
                .body("errors[0].field", containsString("principles"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/principles/6").then().statusCode(200)
                .body("title", equalTo("Strengthen the role and impact of ill-health prevention"))
                .body("impacts.description", hasItem("Workplace health checks"))
                .body("outcomes.available", equalTo(true))
                .body("outcomes.indicators.indicatorId", contains(93088))
                .body("outcomes.indicators[0].comparisons.category", contains("SIMILAR", "BETTER"))
                // Is it the programme? Only this principle's indicators, rounded for reading.
                .body("outcomes.changeSinceBaseline.available", equalTo(true))
                .body("outcomes.changeSinceBaseline.baselineBefore", equalTo("2022-09-01"))
                .body("outcomes.changeSinceBaseline.items.indicatorId", contains(93088))
                .body("outcomes.changeSinceBaseline.items[0].baselinePeriod", equalTo("2021/22"))
                .body("outcomes.changeSinceBaseline.items[0].change", equalTo(-2.72f))
                .body("outcomes.changeSinceBaseline.items[0].lowerCi95", equalTo(-4.99f))
                .body("outcomes.changeSinceBaseline.items[0].statement", equalTo("Improved"))
                .body("outcomes.changeSinceBaseline.items[0].compared", contains("No different from England"))
                .body("workstreams.items.slug", contains("business-skills-employment"))
                // Only the outcomes citing this principle's indicators: not life expectancy (principle 0).
                .body("workstreams.items[0].outcomes.statement", contains("Fewer adults overweight"))
                .body("workstreams.items[0].liveActions", equalTo(5))
                .body("workstreams.items[0].kpis.name", contains("Number of people accessing employment skills "
                        + "training"))
                .body("recommendations.items.text", hasItem("Prevention in every workplace"))
                .body("recommendations.byStatus.PROPOSED", equalTo((int) 1));
        given().auth().oauth2(TestTokens.viewer()).accept("text/html").when().get("/api/v1/delivery/principles/6")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Principle 6: Strengthen the role and impact of ill-health prevention"))
                .body(containsString("Fewer adults overweight"))
                .body(containsString("-2.72 (-4.99 to -0.46): Improved"))
                .body(containsString("No different from England"));
    }

    @Test
    void withoutTheChangeSinceBaselineTheRestOfTheOutcomesStands() {
        SourcesStub.indicators.getStubMappings().stream()
                .filter(stub -> (SourcesStub.SCORECARD_PATH + "/change").equals(stub.getRequest().getUrlPath()))
                .toList().forEach(SourcesStub.indicators::removeStub);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/principles/6").then().statusCode(200)
                .body("outcomes.available", equalTo(true))
                .body("outcomes.indicators.indicatorId", contains(93088))
                .body("outcomes.changeSinceBaseline.available", equalTo(false))
                .body("outcomes.changeSinceBaseline.unavailableReason", containsString("indicators-service"));
    }

    @Test
    void aSourceDownLeavesItsPartUnavailable() {
        SourcesStub.down(SourcesStub.indicators);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/principles/6").then().statusCode(200)
                .body("outcomes.available", equalTo(false))
                .body("outcomes.unavailableReason", containsString("indicators-service"))
                .body("title", nullValue())
                .body("workstreams.available", equalTo(true))
                // The measures are unknown: every outcome of the serving workstream is shown.
                .body("workstreams.items[0].outcomes.statement", contains("Fewer adults overweight", "Longer lives"));
        SourcesStub.up();
        circuitBreakers.resetAll();
        SourcesStub.down(SourcesStub.workstreams);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/principles/6").then().statusCode(200)
                .body("outcomes.available", equalTo(true)).body("workstreams.available", equalTo(false));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/gaps").then().statusCode(200)
                .body("complete", equalTo(false)).body("unavailable", contains("workstreams-service"));
    }

    @Test
    void slowSourcesAreCutOffAndTheirPartsMarkedUnavailable() {
        SourcesStub.slow(SourcesStub.indicators, "/api/v1/scorecards/E06000032", SourcesStub.SCORECARD, 3_000);
        SourcesStub.slow(SourcesStub.workstreams, "/api/v1/workstreams/business-skills-employment/dashboard",
                SourcesStub.BSE_DASHBOARD, 3_000);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/principles/6").then().statusCode(200)
                .body("outcomes.available", equalTo(false))
                .body("workstreams.available", equalTo(true))
                .body("workstreams.items[0].slug", equalTo("business-skills-employment"))
                .body("workstreams.items[0].available", equalTo(false));
        // The slow dashboard's timeouts may have opened workstreams-service's circuit too: named if so.
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/gaps").then().statusCode(200)
                .body("complete", equalTo(false)).body("unavailable", hasItem("indicators-service"));
    }

    @Test
    void theGapsNamePrinciple7AndWhatHasNoMeasureOrTarget() {
        // The evaluation's recommendation about principle 7 (seeded), which no workstream takes up yet.
        int aboutPrinciple7 = given().auth().oauth2(TestTokens.viewer()).queryParam("principle", 7)
                .when().get("/api/v1/recommendations").then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/gaps").then().statusCode(200)
                .body("complete", equalTo(true))
                .body("gaps.findAll { it.principle == 7 }.kind", contains("PRINCIPLE_WITHOUT_MEASURE",
                        "PRINCIPLE_WITHOUT_LIVE_ACTIONS", "RECOMMENDATION_NOT_TAKEN_UP"))
                .body("gaps.find { it.kind == 'RECOMMENDATION_NOT_TAKEN_UP' && it.principle == 7 }.recommendation",
                        equalTo(aboutPrinciple7))
                .body("gaps.find { it.principle == 7 && it.kind == 'PRINCIPLE_WITHOUT_LIVE_ACTIONS' }.description",
                        containsString("Tackle racism, discrimination and their outcomes) is served by no workstream"))
                .body("gaps.find { it.kind == 'LOGIC_MODEL_WITHOUT_INDICATORS' }.workstream", equalTo("housing"))
                .body("gaps.find { it.kind == 'KPI_WITHOUT_TARGET' }.fix", equalTo("PUT /api/v1/kpis/1/targets"))
                .body("gaps.find { it.kind == 'KPI_WITHOUT_ACTUAL' }.kpi", equalTo(1))
                // Principle 6 is measured and served by a workstream with actions under way.
                .body("gaps.findAll { it.principle == 6 }.kind", not(hasItem("PRINCIPLE_WITHOUT_LIVE_ACTIONS")));
    }

    @Test
    void aRecommendationIsFollowedToTheActionsAnsweringItAndOneNoActionAnswersIsAGap() {
        long answered = recommendation("Skills for the most deprived wards", "business-skills-employment");
        long unanswered = recommendation("Warm homes before winter", "housing");
        String action = "{\"id\":71,\"workstream\":\"business-skills-employment\",\"title\":\"Skills outreach\","
                + "\"ownerOrganisation\":\"semlep\",\"status\":\"IN_PROGRESS\","
                + "\"activity\":\"SEMLEP employment skills\",\"answersRecommendations\":[" + answered + "]}";
        SourcesStub.workstreams.stubFor(get(urlPathEqualTo("/api/v1/actions")).atPriority(1)
                .withQueryParam("answering", WireMock.equalTo("true"))
                .willReturn(okJson("{\"items\":[" + action + "]}")));
        SourcesStub.workstreams.stubFor(get(urlPathEqualTo("/api/v1/actions")).atPriority(1)
                .withQueryParam("answers", WireMock.equalTo(Long.toString(answered)))
                .willReturn(okJson("{\"items\":[" + action + "]}")));

        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/" + answered + "/actions")
                .then().statusCode(200).body("available", equalTo(true))
                .body("items.title", contains("Skills outreach"))
                .body("items[0].activity", equalTo("SEMLEP employment skills"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/" + unanswered + "/actions")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/gaps").then().statusCode(200)
                .body("complete", equalTo(true))
                .body("gaps.findAll { it.kind == 'RECOMMENDATION_WITHOUT_ACTION' }.recommendation",
                        hasItem((int) unanswered))
                .body("gaps.findAll { it.kind == 'RECOMMENDATION_WITHOUT_ACTION' }.recommendation",
                        not(hasItem((int) answered)));

        SourcesStub.workstreams.stubFor(get(urlPathEqualTo("/api/v1/actions")).atPriority(0)
                .withQueryParam("answers", WireMock.equalTo(Long.toString(unanswered)))
                .willReturn(okJson("{\"items\":[]}").withFixedDelay(2_500)));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/" + unanswered + "/actions")
                .then().statusCode(200).body("available", equalTo(false));
        circuitBreakers.resetAll();
        SourcesStub.down(SourcesStub.workstreams);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/" + answered + "/actions")
                .then().statusCode(200).body("available", equalTo(false))
                .body("unavailableReason", containsString("workstreams-service"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/999999/actions")
                .then().statusCode(404);
        given().when().get("/api/v1/recommendations/" + answered + "/actions").then().statusCode(401);
    }

    private static long recommendation(String text, String workstream) {
        return given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("text", text, "ownerOrganisation", "lbc", "workstream", workstream))
                .when().post("/api/v1/evaluations/1/recommendations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void onlyTheNinePrinciplesAndOnlySignedInReaders() {
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/delivery/principles/9").then().statusCode(404);
        given().when().get("/api/v1/delivery/principles/3").then().statusCode(401);
        given().when().get("/api/v1/delivery/gaps").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).queryParam("format", "pdf").when()
                .get("/api/v1/delivery/principles/3").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
