package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Evaluation end to end: the annual report composed from the three real services, through the gateway. */
@ExtendWith(StackExtension.class)
class EvaluationIT {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = StackExtension.config().gatewayUrl();
        RestAssured.port = -1;
    }

    @Test
    void theAnnualReportComposesLutonsScorecardAndTheWorkstreamDashboards() {
        given().auth().oauth2(Tokens.user("viewer"))
                .when().get("/api/v1/reports/annual/2023-24")
                .then().statusCode(200)
                .body("areaName", equalTo("Luton"))
                .body("outcomes.available", equalTo(true))
                .body("outcomes.content.principles.find { it.id == 0 }.indicators.name",
                        hasItem(containsString("Life expectancy")))
                .body("workstreams.available", equalTo(true))
                .body("workstreams.content", hasSize(4))
                .body("workstreams.content.available", everyItem(equalTo(true)))
                .body("evaluations[0].aims", hasSize(3))
                .body("achievements.Core20plus5[0].metric.value", equalTo(8000));
        String html = given().auth().oauth2(Tokens.user("viewer")).accept("text/html")
                .when().get("/api/v1/reports/annual/2023-24")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<td class=\"worse\"").contains("Business, Skills and Employment")
                .doesNotContain("Not available");
    }

    @Test
    void recommendationsCheckSlugsWithTheRealWorkstreamsService() {
        String evaluator = Tokens.user("evaluator");
        given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(Map.of("text", "Embed health equity in the Local Plan", "ownerOrganisation", "lbc",
                        "workstream", "housing"))
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(201);
        given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(Map.of("text", "Unknown owner", "ownerOrganisation", "nobody"))
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(422).body("errors[0].field", equalTo("ownerOrganisation"));
        given().auth().oauth2(Tokens.user("viewer")).contentType(ContentType.JSON)
                .body(Map.of("text", "A viewer cannot write"))
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(403);
    }
}
