package org.healthequity.workstreams.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
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

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class DashboardResourceTest {

    private static final String BSE = "/api/v1/workstreams/business-skills-employment/dashboard";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void indicatorsServiceBackUp() {
        IndicatorsStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void withIndicatorsServiceUpTheOutcomeIndicatorsShowTheirLatestLutonValues() {
        String token = TestTokens.viewer();
        given().auth().oauth2(token).when().get(BSE)
                .then().statusCode(200)
                .body("workstream", equalTo("business-skills-employment"))
                .body("chairRole", equalTo("Public Health Manager"))
                .body("workplan.year", equalTo("2024/25"))
                .body("outcomes.available", equalTo(true))
                .body("outcomes.area", equalTo("E06000032"))
                .body("outcomes.logicModelVersion", equalTo(1))
                .body("outcomes.indicators.indicatorId", contains(92313, 900109, 900108, 900116, 900106))
                .body("outcomes.indicators[0].statement", equalTo("Luton employment rate"))
                .body("outcomes.indicators[0].period", equalTo("2023/24"))
                .body("outcomes.indicators[0].value", equalTo(71.4f))
                .body("outcomes.indicators[0].comparisons[0].outcome", equalTo("Worse than England"))
                .body("outcomes.indicators[0].trend", equalTo("No significant change"))
                .body("outcomes.indicators[1].comparisons[0].outcome", equalTo("Worse (as published)"))
                .body("outcomes.indicators[1].trend", equalTo("Significantly worse (as published)"))
                .body("outcomes.indicators[2].value", nullValue())
                .body("outcomes.indicators[2].note", containsString("No value for E06000032"));
        IndicatorsStub.server.verify(getRequestedFor(urlEqualTo("/api/v1/scorecards/E06000032"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void withIndicatorsServiceDownTheDashboardStillAnswersWithoutOutcomes() {
        IndicatorsStub.down();
        given().auth().oauth2(TestTokens.viewer()).when().get(BSE)
                .then().statusCode(200)
                .body("outcomes.available", equalTo(false))
                .body("outcomes.reason", containsString("indicators-service did not answer"))
                .body("outcomes.indicators", nullValue())
                .body("actions.total", notNullValue())
                .body("kpis", hasSize(greaterThanOrEqualTo(6)))
                .body("workplan.status", equalTo("DRAFT"));
    }

    @Test
    void actionsAreCountedByStatusAndRagAndOverdueOnesListed() {
        String lead = TestTokens.workstreamLead("lead-cyp", "children-young-people");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String thisYear = start + "/" + String.format("%02d", (start + 1) % 100);
        long plan = given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("year", thisYear))
                .when().post("/api/v1/workstreams/children-young-people/workplans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Voice of the child in every action", "ownerOrganisation", "lbc",
                        "dueDate", "2021-03-31", "status", "IN_PROGRESS", "rag", "RED",
                        "ragReason", "No youth panel yet"))
                .when().post("/api/v1/workplans/" + plan + "/actions").then().statusCode(201);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Healthy, Wealthy Families QI project", "ownerOrganisation", "lbc",
                        "dueDate", "2099-03-31", "rag", "GREEN"))
                .when().post("/api/v1/workplans/" + plan + "/actions").then().statusCode(201);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Audit of report recommendations", "ownerOrganisation", "lbc",
                        "dueDate", "2021-03-31", "status", "COMPLETED"))
                .when().post("/api/v1/workplans/" + plan + "/actions").then().statusCode(201);

        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workstreams/children-young-people/dashboard")
                .then().statusCode(200)
                .body("workplan.id", equalTo((int) plan))
                .body("actions.total", equalTo(3))
                .body("actions.byStatus.IN_PROGRESS", equalTo(1))
                .body("actions.byStatus.NOT_STARTED", equalTo(1))
                .body("actions.byStatus.COMPLETED", equalTo(1))
                .body("actions.byStatus.BLOCKED", equalTo(0))
                .body("actions.byRag.RED", equalTo(1))
                .body("actions.byRag.GREEN", equalTo(1))
                .body("actions.byRag.NOT_RATED", equalTo(1))
                .body("actions.overdue.title", contains("Voice of the child in every action"))
                .body("outcomes.available", equalTo(true))
                .body("outcomes.indicators", hasSize(0))
                .body("outcomes.reason", containsString("names no outcome indicators"));
    }

    @Test
    void kpisShowTheirLatestRag() {
        String lead = TestTokens.workstreamLead("lead-net-zero", "net-zero");
        long kpi = given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("name", "Air Quality Champions trained", "unit", "staff", "direction", "INCREASE_IS_GOOD",
                        "frequency", "FINANCIAL_YEAR"))
                .when().post("/api/v1/workstreams/net-zero/kpis")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().auth().oauth2(lead).when().get("/api/v1/kpis/" + kpi).then().extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag)
                .body(List.of(Map.of("period", "2023/24", "value", 40), Map.of("period", "2099/00", "value", 80)))
                .when().put("/api/v1/kpis/" + kpi + "/targets").then().statusCode(200);
        long actual = given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("period", "2023/24", "value", 30))
                .when().post("/api/v1/kpis/" + kpi + "/actuals").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        // Approved by someone else: nobody approves their own figures.
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals/" + actual + "/review").then().statusCode(200);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workstreams/net-zero/dashboard")
                .then().statusCode(200)
                .body("kpis.find { it.id == " + kpi + " }.latest.period", equalTo("2023/24"))
                .body("kpis.find { it.id == " + kpi + " }.latest.rag", equalTo("AMBER"))
                .body("kpis.find { it.id == " + kpi + " }.latest.ruleVersion", equalTo("kpi-rag-1"));
    }

    @Test
    void anUnknownWorkstreamHasNoDashboard() {
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workstreams/nowhere/dashboard")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
