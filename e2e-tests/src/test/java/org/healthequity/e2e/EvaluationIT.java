package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    void anUnchangedReportIsRevalidatedThroughTheWholeChainWithoutBeingComposed() {
        String path = "/api/v1/reports/annual/2023-24";
        String etag = given().auth().oauth2(Tokens.user("viewer")).accept("application/json").when().get(path)
                .then().statusCode(200).extract().header("ETag");
        double reportsBuilt = composedReads("evaluation", "built");
        double dashboardsBuilt = composedReads("workstreams", "built");
        double dashboardsRevalidated = composedReads("workstreams", "not-modified");

        // Another token of the same user: its copy is still valid.
        given().auth().oauth2(Tokens.user("viewer")).accept("application/json").header("If-None-Match", etag)
                .when().get(path).then().statusCode(304).header("ETag", equalTo(etag));
        assertThat(composedReads("evaluation", "built")).as("the report was not composed").isEqualTo(reportsBuilt);
        assertThat(composedReads("workstreams", "built")).as("no dashboard was built").isEqualTo(dashboardsBuilt);
        assertThat(composedReads("workstreams", "not-modified")).as("each of the four dashboards answered 304")
                .isEqualTo(dashboardsRevalidated + 4);
    }

    /** A service's count of composed reads answered so, from its own metrics. */
    private static double composedReads(String service, String answer) {
        String metrics = given().baseUri(Services.url(service)).port(-1).when().get("/q/metrics").then()
                .statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^hes_composed_reads_total\\{[^}]*answer=\"" + answer
                + "\"[^}]*\\} (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void principle3IsFollowedFromItsOutcomesToTheBusinessSkillsAndEmploymentWorkAndPrinciple7IsAGap() {
        String bse = "workstreams.items.find { it.slug == 'business-skills-employment' }";
        given().auth().oauth2(Tokens.user("viewer")).when().get("/api/v1/delivery/principles/3")
                .then().statusCode(200)
                .body("title", equalTo("Create fair employment and good work for all"))
                .body("outcomes.available", equalTo(true))
                .body("outcomes.indicators.indicatorId", hasItem(900109))
                .body("outcomes.changeSinceBaseline.available", equalTo(true))
                .body("workstreams.available", equalTo(true))
                .body(bse + ".available", equalTo(true))
                .body(bse + ".outcomes.statement", hasItem("% of Luton based jobs paying the Real Living Wage"))
                .body(bse + ".kpis.name", hasItem("Number of people accessing employment skills training"));
        given().auth().oauth2(Tokens.user("viewer")).accept("text/html").when().get("/api/v1/delivery/principles/3")
                .then().statusCode(200).body(containsString("Business, Skills and Employment"));
        given().auth().oauth2(Tokens.user("viewer")).when().get("/api/v1/delivery/gaps")
                .then().statusCode(200)
                .body("complete", equalTo(true))
                .body("gaps.findAll { it.principle == 7 }.kind", hasItem("PRINCIPLE_WITHOUT_MEASURE"))
                .body("gaps.findAll { it.principle == 7 }.kind", hasItem("PRINCIPLE_WITHOUT_LIVE_ACTIONS"));
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
