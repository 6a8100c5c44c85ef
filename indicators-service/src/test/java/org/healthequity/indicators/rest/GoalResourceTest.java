package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.healthequity.common.csv.CsvReader;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** Goals per area, replaced with the indicator's ETag, filling the scorecard's and the export's goal columns. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class GoalResourceTest {

    private static final String LUTON = "E06000032";

    @Test
    void goalsAreReplacedWithTheIndicatorsETagAndJudgeValuesByPolarity() {
        int indicator = Indicators.percentage("Goal indicator");
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n"
                        + indicator + "," + LUTON + ",Persons,All ages,2021,,300,1000\r\n"
                        + indicator + "," + LUTON + ",Persons,All ages,2022,,200,1000\r\n")
                .when().post("/api/v1/imports").then().statusCode(201);
        Map<String, Object> goals = Map.of("goals", List.of(
                Map.of("areaCode", LUTON, "value", 25.0, "period", "2022", "source", "A test goal"),
                Map.of("areaCode", LUTON, "value", 15.0, "period", "2030")));
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(goals)
                .when().put("/api/v1/indicators/{id}/goals", indicator).then().statusCode(428);
        String etag = given().when().get("/api/v1/indicators/{id}/goals", indicator)
                .then().statusCode(200).body("goals", empty()).extract().header("ETag");
        String changed = given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(goals)
                .header("If-Match", etag)
                .when().put("/api/v1/indicators/{id}/goals", indicator)
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("goals.period", contains("2022", "2030"))
                .extract().header("ETag");
        given().when().get("/api/v1/indicators/{id}", indicator).then().header("ETag", equalTo(changed));

        JsonPath scorecard = given().when().get("/api/v1/scorecards/{area}", LUTON).then().statusCode(200)
                .extract().jsonPath();
        String periods = "principles.find { it.id == 6 }.indicators.find { it.indicatorId == " + indicator
                + " }.periods";
        assertThat(scorecard.getString(periods + "[0].goal.label")).as("30% against 25% by 2022").isEqualTo("Not met");
        assertThat(scorecard.getString(periods + "[1].goal.label")).as("20% against 25% by 2022").isEqualTo("Met");
        assertThat(scorecard.getString(periods + "[1].goal.period")).isEqualTo("2022");

        String export = given().queryParam("indicator", indicator).queryParam("format", "csv")
                .when().get("/api/v1/observations").then().statusCode(200).extract().asString();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(export))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        int goal = rows.get(0).indexOf("Compared to goal");
        int period = rows.get(0).indexOf("Time period");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(period) + " " + row.get(goal)))
                .containsExactly("2021 Not met", "2022 Met");
    }

    @Test
    void goalsNameTheirFieldsWhenWrongAndOnlyAnalystsSetThem() {
        int indicator = Indicators.percentage("Goal validation indicator");
        String etag = given().when().get("/api/v1/indicators/{id}/goals", indicator).then().extract().header("ETag");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("goals", List.of(Map.of("areaCode", "E99999999", "value", 1.0, "period", "2030"),
                        Map.of("areaCode", LUTON, "value", 1.0, "period", "not a period"))))
                .when().put("/api/v1/indicators/{id}/goals", indicator)
                .then().statusCode(422)
                .body("errors.field", contains("goals[0].areaCode", "goals[1].period"));
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("goals", List.of()))
                .when().put("/api/v1/indicators/{id}/goals", indicator).then().statusCode(403);
    }
}
