package org.healthequity.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
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

/** The timeline and governance log: the seed's milestones, decisions linked to a sign-off or a move, in the report. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class TimelineResourceTest {

    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void sourcesBackUp() {
        SourcesStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void theSeedsTimelineIsThereOldestFirstAsItDatesEachStep() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("pageSize", 3).when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("items[0].when", equalTo("July 2021")).body("items[0].kind", equalTo("DECISION"))
                .body("items[0].title", equalTo("Decision to explore IHE engagement"))
                .body("items[2].when", equalTo("November 2021 – June 2022"));
        given().when().get("/api/v1/timeline").then().statusCode(401);
    }

    @Test
    void aBoardDecisionLinksTheWorkplanItSignedOffAndAppearsInTheReport() {
        SourcesStub.workstreams.stubFor(get(urlEqualTo("/api/v1/workplans/41")).atPriority(1)
                .willReturn(okJson("{\"id\":41,\"year\":\"2023/24\",\"status\":\"SIGNED_OFF\"}")));
        Map<String, Object> decision = new HashMap<>(Map.of("kind", "DECISION", "startsOn", "2023-10-12",
                "title", "Housing workplan signed off", "decidedBy", "Health Equity Town Board", "workplanId", 41));
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/timeline").then().statusCode(403);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/timeline").then().statusCode(201)
                .header("Location", containsString("/api/v1/timeline/"))
                .body("workplan", equalTo("/api/v1/workplans/41")).body("when", equalTo("12 October 2023"));
        given().auth().oauth2(TestTokens.viewer()).accept("application/json")
                .when().get("/api/v1/reports/annual/2023-24").then().statusCode(200)
                .body("timeline.title", hasItem("Housing workplan signed off"))
                .body("timeline.title", hasItem("Report published"));
        given().auth().oauth2(TestTokens.viewer()).accept("text/html")
                .when().get("/api/v1/reports/annual/2023-24").then().statusCode(200)
                .body(containsString("Housing workplan signed off"));
    }

    @Test
    void linksAreCheckedAndOnlyDecisionsHaveThem() {
        Map<String, Object> unknownWorkplan = Map.of("kind", "DECISION", "startsOn", "2024-01-10", "title", "X",
                "workplanId", 404404);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(unknownWorkplan)
                .when().post("/api/v1/timeline").then().statusCode(422)
                .body("errors[0].field", equalTo("workplanId"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "DECISION", "startsOn", "2024-01-10", "title", "X", "recommendationId", 999999))
                .when().post("/api/v1/timeline").then().statusCode(422)
                .body("errors[0].field", equalTo("recommendationId"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "MILESTONE", "startsOn", "2024-01-10", "title", "X", "decidedBy", "Board"))
                .when().post("/api/v1/timeline").then().statusCode(422).body("errors[0].field", equalTo("decidedBy"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "MILESTONE", "startsOn", "2024-01-10", "endsOn", "2023-01-10", "title", "X"))
                .when().post("/api/v1/timeline").then().statusCode(422).body("errors[0].field", equalTo("endsOn"));
        // workstreams-service cannot answer: nothing is saved.
        SourcesStub.down(SourcesStub.workstreams);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(unknownWorkplan)
                .when().post("/api/v1/timeline").then().statusCode(503);
    }
}
