package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Workstreams end to end: real tokens, through the gateway, with the real indicators-service behind. */
@ExtendWith(StackExtension.class)
class WorkstreamsIT {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = StackExtension.config().gatewayUrl();
        RestAssured.port = -1;
    }

    @Test
    void theDashboardShowsLutonsOutcomeValuesFromIndicatorsService() {
        given().auth().oauth2(Tokens.user("viewer"))
                .when().get("/api/v1/workstreams/business-skills-employment/dashboard")
                .then().statusCode(200)
                .body("outcomes.available", equalTo(true))
                .body("outcomes.area", equalTo("E06000032"))
                .body("outcomes.indicators.find { it.indicatorId == 900108 }.period", equalTo("2023"))
                .body("outcomes.indicators.find { it.indicatorId == 900108 }.value", equalTo(41.4f))
                .body("outcomes.indicators.find { it.indicatorId == 900109 }.value", equalTo(30.0f))
                .body("actions.byStatus.IN_PROGRESS", notNullValue())
                .body("kpis.size()", equalTo(6));
    }

    @Test
    void logicModelOutcomesAreCheckedAgainstTheRealIndicatorsService() {
        String lead = Tokens.user("lead-housing");
        Map<String, Object> outcome = Map.of("statement", "Households in temporary accommodation",
                "indicatorIds", List.of(900111, 999999));
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("hypothesis", "Warm, secure homes improve health", "outcomes", List.of(outcome)))
                .when().post("/api/v1/workstreams/housing/logic-models")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("outcomes[0].indicatorIds[1]"));
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("hypothesis", "Warm, secure homes improve health", "outcomes", List.of(
                        Map.of("statement", "Households in temporary accommodation", "indicatorIds",
                                List.of(900111)))))
                .when().post("/api/v1/workstreams/housing/logic-models")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"));
        given().auth().oauth2(Tokens.user("lead-housing")).contentType(ContentType.JSON)
                .body(Map.of("hypothesis", "Not my workstream"))
                .when().post("/api/v1/workstreams/net-zero/logic-models")
                .then().statusCode(403);
    }

    @Test
    void partnersReportProgressOnlyOnTheirOwnActions() {
        long elftAction = given().auth().oauth2(Tokens.user("viewer"))
                .queryParam("workstream", "business-skills-employment").queryParam("organisation", "elft")
                .when().get("/api/v1/actions")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        given().auth().oauth2(Tokens.user("partner-elft")).contentType(ContentType.JSON)
                .body(Map.of("text", "Employment programme cohort started", "status", "IN_PROGRESS"))
                .when().post("/api/v1/actions/" + elftAction + "/updates")
                .then().statusCode(201)
                .body("organisation", equalTo("elft"));
        given().auth().oauth2(Tokens.user("partner-uob")).contentType(ContentType.JSON)
                .body(Map.of("text", "Not ours"))
                .when().post("/api/v1/actions/" + elftAction + "/updates")
                .then().statusCode(403)
                .body("detail", containsString("organisation 'elft'"));
    }
}
