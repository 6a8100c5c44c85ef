package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.healthequity.common.csv.CsvReader;
import org.healthequity.testing.CsvwCheck;
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

    @Test
    void theJsonCarriesTheSameComputedComparisonsAndTrendAsTheCsv() {
        int percentage = Indicators.percentage("JSON and CSV agreement indicator");
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n");
        int[][] counts = { { 200, 210, 220, 230, 240 }, { 250, 240, 230, 220, 210 }, { 300, 330, 360, 390, 420 } };
        for (int a = 0; a < AREAS.size(); a++) {
            for (int y = 0; y < 5; y++) {
                csv.append(percentage).append(',').append(AREAS.get(a)).append(",Persons,All ages,").append(2018 + y)
                        .append(",,").append(counts[a][y]).append(",1000\r\n");
            }
        }
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);

        JsonPath json = given().queryParam("indicator", percentage)
                .queryParam("pageSize", 100).when().get("/api/v1/observations").then().statusCode(200)
                .extract().jsonPath();
        String export = given().queryParam("indicator", percentage).queryParam("format", "csv")
                .when().get("/api/v1/observations").then().statusCode(200).extract().asString();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(export))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        List<String> header = rows.get(0);
        int area = header.indexOf("Area Code");
        int period = header.indexOf("Time period");
        int vsEngland = header.indexOf("Compared to England value or percentiles");
        int vsRegion = header.indexOf("Compared to Region value or percentiles");
        int trend = header.indexOf("Recent Trend");
        int compared = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            String item = "items.find { it.areaCode == '" + row.get(area) + "' && it.period.label == '"
                    + row.get(period) + "' }";
            String england = json.getString(item + ".computed.comparisons.find { it.areaCode == 'E92000001' }.label");
            assertThat(england == null ? "Not compared" : england).as(row.toString()).isEqualTo(row.get(vsEngland));
            if (row.get(area).equals("E06000032")) {
                assertThat(json.getString(item + ".computed.comparisons.find { it.areaCode == 'E12000006' }.label"))
                        .as(row.toString()).isEqualTo(row.get(vsRegion));
            }
            if (!row.get(trend).isEmpty()) {
                assertThat(json.getString(item + ".computed.trend.label")).as(row.toString()).isEqualTo(row.get(trend));
                compared++;
            }
        }
        assertThat(rows).hasSize(16);
        assertThat(compared).as("the latest row of each of the three series carries its trend").isEqualTo(3);
        assertThat(json.getString("items.find { it.areaCode == 'E06000032' && it.period.label == '2022' }"
                + ".computed.trend.label")).isEqualTo("Increasing and getting worse");
    }

    @Test
    void theCsvExportComparesWithTheGroupsAskedFor() {
        int percentage = Indicators.percentage("Export group comparator indicator");
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n"
                        + percentage + ",E06000032,Persons,All ages,2022,,300,1000\r\n"
                        + percentage + ",E06000033,Persons,All ages,2022,,100,1000\r\n"
                        + percentage + ",E06000034,Persons,All ages,2022,,300,1000\r\n")
                .when().post("/api/v1/imports").then().statusCode(201);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(Map.of("id", "export-test-peers", "name", "Export test peers", "kind", "CUSTOM",
                        "members", List.of("E06000033", "E06000034")))
                .when().post("/api/v1/area-groups").then().statusCode(201);
        var exported = given().queryParam("indicator", percentage).queryParam("area", "E06000032")
                .queryParam("comparators", "group:export-test-peers").queryParam("format", "csv")
                .when().get("/api/v1/observations").then().statusCode(200).extract().response();
        String export = exported.asString();
        // Fingertips' titles are kept, and every column of this very file is described, the group's included.
        assertThat(CsvwCheck.describedColumns(exported, null)).startsWith("Indicator ID", "Indicator Name")
                .endsWith("Export test peers value", "Compared to Export test peers");
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(export))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        List<String> header = rows.get(0);
        assertThat(header.subList(header.size() - 2, header.size()))
                .containsExactly("Export test peers value", "Compared to Export test peers");
        List<String> luton = rows.get(1);
        assertThat(Double.parseDouble(luton.get(header.size() - 2))).as("400 of 2,000").isEqualTo(20.0);
        assertThat(luton.get(header.size() - 1)).as("30% against 20%, low is good").isEqualTo("Worse");
        given().queryParam("comparators", "E92000001").queryParam("format", "csv")
                .when().get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].field", equalTo("comparators"));
    }
}
