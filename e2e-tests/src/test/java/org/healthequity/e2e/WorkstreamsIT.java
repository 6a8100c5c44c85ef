package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
    void anActionAnsweringAnEvaluationRecommendationIsCheckedThereAndShownFromItsEnd() {
        String lead = Tokens.user("lead-housing");
        long recommendation = given().auth().oauth2(Tokens.user("viewer")).queryParam("principle", 7)
                .when().get("/api/v1/recommendations").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        long plan = given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("year", "2070/71"))
                .when().post("/api/v1/workstreams/housing/workplans").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Unknown recommendation", "ownerOrganisation", "lbc",
                        "answersRecommendations", List.of(999_999)))
                .when().post("/api/v1/workplans/" + plan + "/actions").then().statusCode(422)
                .body("errors[0].field", equalTo("answersRecommendations[0]"));
        long action = given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Measure racism's health outcomes in housing", "ownerOrganisation", "lbc",
                        "answersRecommendations", List.of(recommendation)))
                .when().post("/api/v1/workplans/" + plan + "/actions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        given().auth().oauth2(Tokens.user("viewer")).when().get("/api/v1/recommendations/" + recommendation
                + "/actions").then().statusCode(200)
                .body("available", equalTo(true))
                .body("items.id", hasItem((int) action));
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

    @Test
    void aPartnersReturnIsDryRunThenStoredAsOneBatchOfActuals() {
        long kpi = given().auth().oauth2(Tokens.user("lead-housing")).contentType(ContentType.JSON)
                .body(Map.of("name", "Households supported (batch)", "unit", "households", "direction",
                        "INCREASE_IS_GOOD", "frequency", "FINANCIAL_YEAR", "ownerOrganisation", "elft"))
                .when().post("/api/v1/workstreams/housing/kpis").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String csv = "kpi,period,value,evidence\n" + kpi + ",2035/36,12,ELFT return\n" + kpi + ",2036/37,15,\n";
        String partner = Tokens.user("partner-elft");
        given().auth().oauth2(partner).contentType("text/csv").body(csv).queryParam("dryRun", true)
                .when().post("/api/v1/kpis/actuals:batch").then().statusCode(200)
                .body("result", equalTo("DRY_RUN")).body("created", equalTo(2));
        given().auth().oauth2(Tokens.user("viewer")).when().get("/api/v1/kpis/" + kpi + "/actuals")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(Tokens.user("partner-uob")).contentType("text/csv").body(csv)
                .when().post("/api/v1/kpis/actuals:batch").then().statusCode(422)
                .body("errors.code", everyItem(equalTo("forbidden")));
        given().auth().oauth2(partner).contentType("text/csv").body(csv)
                .when().post("/api/v1/kpis/actuals:batch").then().statusCode(200)
                .body("result", equalTo("COMMITTED")).body("created", equalTo(2));
        given().auth().oauth2(Tokens.user("viewer")).when().get("/api/v1/kpis/" + kpi + "/actuals")
                .then().statusCode(200).body("items.status", everyItem(equalTo("SUBMITTED")))
                .body("items", hasSize(2));
    }
}
