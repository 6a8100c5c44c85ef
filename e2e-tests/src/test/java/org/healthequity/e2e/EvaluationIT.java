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

    @Test
    void anEditionIsPublishedReadByAnyoneAndDiffedAgainstAnotherYear() {
        String evaluator = Tokens.user("evaluator");
        given().auth().oauth2(evaluator).when().post("/api/v1/reports/annual/2021-22/editions")
                .then().statusCode(201).body("number", equalTo(1));
        given().auth().oauth2(evaluator).when().post("/api/v1/reports/annual/2022-23/editions")
                .then().statusCode(201).body("sources.available", everyItem(equalTo(true)));
        // Open data through the gateway: no token.
        given().when().get("/api/v1/reports/annual/2022-23/editions/latest")
                .then().statusCode(200).body("report.title", equalTo("Annual progress report 2022/23"))
                .body("report.outcomes.available", equalTo(true));
        given().accept("text/markdown").when().get("/api/v1/reports/annual/2021-22/editions/1")
                .then().statusCode(200).body(containsString("Annual progress report 2021/22"));
        given().when().get("/api/v1/reports/annual/2022-23/diff?from=2021-22")
                .then().statusCode(200).body("from.year", equalTo("2021/22")).body("to.year", equalTo("2022/23"))
                .body("actions", hasSize(4));
        // The live report is not published: it still needs a token, which evaluation-service checks.
        given().when().get("/api/v1/reports/annual/2022-23").then().statusCode(401);
        given().auth().oauth2(evaluator).when().delete("/api/v1/reports/annual/2021-22/editions/1")
                .then().statusCode(409);
    }
}
