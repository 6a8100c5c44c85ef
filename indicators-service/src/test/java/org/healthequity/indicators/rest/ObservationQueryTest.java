package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;

/** The queries BI tools need on /observations: by parent, area type, principle, latest, period range and order. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ObservationQueryTest {

    private static final List<String> AREAS = List.of("E92000001", "E12000006", "E06000032");
    private static int indicator;

    /** Luton, its region and England, 2019 to 2022, each value its own (area index × 100 + year). */
    @BeforeEach
    void importSeries() {
        if (indicator != 0) {
            return;
        }
        indicator = Indicators.create("BI query indicator", "OTHER", "HIGH_IS_GOOD", 1, null, null);
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Sex,Age,Time period,Value\r\n");
        for (int a = 0; a < AREAS.size(); a++) {
            for (int year = 2019; year <= 2022; year++) {
                csv.append(indicator).append(',').append(AREAS.get(a)).append(",Persons,All ages,").append(year)
                        .append(',').append(a * 100 + year - 2000).append("\r\n");
            }
        }
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);
    }

    @Test
    void childAreasAndAreaTypesChooseTheRows() {
        given().queryParam("indicator", indicator).queryParam("parent", "E12000006")
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.areaCode", everyItem(equalTo("E06000032")))
                .body("page.totalItems", equalTo(4));
        given().queryParam("indicator", indicator).queryParam("areaType", "REGION")
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.areaCode", everyItem(equalTo("E12000006")))
                .body("page.totalItems", equalTo(4));
        given().queryParam("indicator", indicator).queryParam("principle", 6)
                .when().get("/api/v1/observations").then().statusCode(200).body("page.totalItems", equalTo(12));
        given().queryParam("indicator", indicator).queryParam("principle", 5)
                .when().get("/api/v1/observations").then().statusCode(200).body("page.totalItems", equalTo(0));
    }

    @Test
    void theLatestPeriodOfEachSeriesAndPeriodRanges() {
        given().queryParam("indicator", indicator).queryParam("latest", true)
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("page.totalItems", equalTo(3))
                .body("items.period.label", everyItem(equalTo("2022")));
        given().queryParam("indicator", indicator).queryParam("from", "2020").queryParam("to", "2021")
                .when().get("/api/v1/observations").then().statusCode(200).body("page.totalItems", equalTo(6));
        given().queryParam("indicator", indicator).queryParam("from", "20210000")
                .when().get("/api/v1/observations").then().statusCode(200).body("page.totalItems", equalTo(6));
        String csv = given().queryParam("indicator", indicator).queryParam("latest", true).queryParam("format", "csv")
                .when().get("/api/v1/observations").then().statusCode(200).extract().asString();
        assertThat(csv.lines().count()).as(csv).isEqualTo(4);
    }

    @Test
    void rowsComeInTheOrderAskedFor() {
        given().queryParam("indicator", indicator).queryParam("area", "E06000032").queryParam("sort", "-period")
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.period.label", contains("2022", "2021", "2020", "2019"));
        given().queryParam("indicator", indicator).queryParam("period", "2020").queryParam("sort", "-value")
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.areaCode", contains("E06000032", "E12000006", "E92000001"));
    }

    @Test
    void unknownValuesAreProblemsNamingTheParameter() {
        for (String[] bad : new String[][] { { "areaType", "CONTINENT" }, { "parent", "E99999999" },
                { "areaGroup", "no-such-group" }, { "principle", "9" }, { "latest", "maybe" },
                { "from", "not a period" }, { "to", "x".repeat(40) }, { "sort", "colour" } }) {
            given().queryParam(bad[0], bad[1])
                    .when().get("/api/v1/observations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }
}
