package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.healthequity.indicators.mapping.ImportSummary;
import org.healthequity.indicators.service.DemoDataLoader;
import org.healthequity.testing.CsvwCheck;
import org.healthequity.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ScorecardResourceTest {

    private static final String LUTON = "E06000032";

    @Inject
    DemoDataLoader demoData;

    @BeforeEach
    void loadLutonsOutcomeTable() {
        demoData.load();
    }

    @Test
    void theDemoDataRefusesTheRegionalValueThatCannotBeAPercentage() {
        ImportSummary summary = demoData.load();
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("value");
            assertThat(error.message()).contains("5340");
        });
        assertThat(summary.created() + summary.updated()).as("loading twice changes nothing").isZero();
        assertThat(summary.unchanged()).isEqualTo(summary.rowsRead() - 1);
    }

    @Test
    void lutonsTableShowsReportedAndComputedComparisonsSideBySide() {
        JsonPath scorecard = given().when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(200)
                .body("area.name", equalTo("Luton"))
                .body("comparators.code", contains("E92000001", "E12000006"))
                .body("principles.id", contains(0, 1, 2, 3, 4, 5, 6, 8))
                .extract().jsonPath();
        String maleLifeExpectancy = "principles[0].indicators.find { it.indicatorId == 90366 && it.sex == 'Male' }";
        assertThat(scorecard.getList(maleLifeExpectancy + ".periods.period.label"))
                .containsExactly("2018-20", "2020-22");
        String latest = maleLifeExpectancy + ".periods[1]";
        assertThat(scorecard.getDouble(latest + ".value")).isEqualTo(77.0);
        assertThat(scorecard.getDouble(latest + ".comparisons[0].value")).isEqualTo(78.9);
        assertThat(scorecard.getString(latest + ".comparisons[0].reported")).isEqualTo("WORSE");
        assertThat(scorecard.getString(latest + ".comparisons[0].computed")).isEqualTo("NOT_COMPARED");
        assertThat(scorecard.getString(latest + ".comparisons[0].reason")).contains("confidence interval");
        assertThat(scorecard.getString(latest + ".reportedVsNeighbours")).isEqualTo("BETTER");
        assertThat(scorecard.getString(latest + ".trend.reported")).isEqualTo("Significantly worse");
        assertThat(scorecard.getString(latest + ".trend.computed")).isEqualTo("CANNOT_BE_CALCULATED");

        String occupations = "principles.find { it.id == 3 }.indicators.find { it.indicatorId == 900108 }";
        assertThat(scorecard.getString(occupations + ".periods[1].comparisons[1].reason"))
                .as("the refused 5340%% leaves the region without a value").contains("comparator has no value");
    }

    @Test
    void computedComparisonsAndTrendsNeedIntervalsAndAFiveYearRun() {
        int indicator = Indicators.percentage("Scorecard computed comparison indicator");
        StringBuilder body = new StringBuilder("[");
        int[] lutonCounts = { 300, 330, 360, 390, 420 };
        for (int i = 0; i < 5; i++) {
            int year = 2019 + i;
            body.append(i == 0 ? "" : ",").append(row(indicator, LUTON, year, lutonCounts[i], 1000))
                    .append(',').append(row(indicator, "E92000001", year, 300, 1000))
                    .append(',').append(row(indicator, "E12000006", year, 380, 1000));
        }
        body.append(']');
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/imports").then().statusCode(201);

        JsonPath scorecard = given().when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(200).extract().jsonPath();
        String latest = "principles.find { it.id == 6 }.indicators.find { it.indicatorId == " + indicator
                + " }.periods[1]";
        assertThat(scorecard.getString(latest + ".period.label")).isEqualTo("2023");
        assertThat(scorecard.getString(latest + ".comparisons[0].computed")).as("42% against England's 30%")
                .isEqualTo("WORSE");
        assertThat(scorecard.getString(latest + ".comparisons[1].computed")).as("42% against the region's 38%")
                .isEqualTo("WORSE");
        assertThat(scorecard.getString(latest + ".trend.computed")).isEqualTo("INCREASING");
        assertThat(scorecard.getString(latest + ".trend.label")).isEqualTo("Increasing and getting worse");
        String earlier = "principles.find { it.id == 6 }.indicators.find { it.indicatorId == " + indicator
                + " }.periods[0]";
        assertThat(scorecard.getString(earlier + ".trend.computed")).as("2022 has only four years behind it")
                .isEqualTo("CANNOT_BE_CALCULATED");
    }

    @Test
    void aPeriodShowsThatPeriodAndTheOneBefore() {
        given().queryParam("period", "2018 - 20").when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(200)
                .body("period", equalTo("2018 - 20"))
                .body("principles[0].indicators.find { it.indicatorId == 90366 && it.sex == 'Female' }"
                        + ".periods.period.label", contains("2018-20"));
    }

    @Test
    void theTableComesAsCsvToo() {
        String csv = given().accept("text/csv").when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
        assertThat(lines.get(0)).startsWith("Principle,Indicator ID,Indicator,Sex,Age,Unit,Time period,Value")
                .contains("England value", "Compared to England (computed)", "Compared to England (reported)",
                        "Recent trend (reported)");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("0,90366,Life expectancy at birth,Male,")
                .contains("2020-22,77,").contains("Significantly worse"));
    }

    @Test
    void unknownAreasAndComparatorsAreRefused() {
        given().when().get("/api/v1/scorecards/E06000999").then().statusCode(404);
        given().queryParam("comparators", "E92000001,X").when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("comparators"));
        given().queryParam("period", "sometime").when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(400);
    }

    @Test
    void repeatedComparatorsAreComparedOnceAndTheirNumberIsBounded() {
        given().queryParam("comparators", "E92000001,E92000001,E12000006,E92000001")
                .when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(200)
                .body("comparators.code", contains("E92000001", "E12000006"));
        String tooMany = "E92000001,E12000006,E06000032,E05002138,E06000055,E06000056,E07000240,E07000241,"
                + "E07000242,E07000243,E07000244";
        given().queryParam("comparators", tooMany)
                .when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("comparators"));
    }

    @Test
    void wardsAreComparedWithEnglandTheRegionAndTheirAuthority() {
        given().when().get("/api/v1/scorecards/E05002138")
                .then().statusCode(200)
                .body("comparators.code", contains("E92000001", "E12000006", LUTON))
                .body("principles", hasSize(0));
        given().when().get("/api/v1/areas/E05002138").then().body("name", equalTo("Saints"));
        given().when().get("/api/v1/area-groups/luton-priority-wards")
                .then().body("members.name", hasItems("Saints", "Biscot", "Dallow"));
    }

    private static String row(int indicator, String area, int year, int count, int denominator) {
        return "{\"indicatorId\":" + indicator + ",\"areaCode\":\"" + area + "\",\"period\":\"" + year
                + "\",\"count\":" + count + ",\"denominator\":" + denominator + "}";
    }

    @Test
    void aComparatorGroupIsComparedByItsMembersSummedCountsAndTheAreasQuintileAmongThem() {
        int indicator = Indicators.percentage("Scorecard group comparator indicator");
        List<String> members = List.of("E06000031", "E06000033", "E06000034", "E06000055", "E06000056");
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n");
        csv.append(indicator).append(',').append(LUTON).append(",Persons,All ages,2022,,300,1000\r\n");
        for (int i = 0; i < members.size(); i++) {
            csv.append(indicator).append(',').append(members.get(i)).append(",Persons,All ages,2022,,")
                    .append(100 + 50 * i).append(",1000\r\n");
        }
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(Map.of("id", "scorecard-test-peers", "name", "Scorecard test peers", "kind", "CUSTOM",
                        "members", members))
                .when().post("/api/v1/area-groups").then().statusCode(201);

        JsonPath scorecard = given().queryParam("comparators", "E92000001,group:scorecard-test-peers")
                .when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(200)
                .body("comparators.code", hasItem("group:scorecard-test-peers"))
                .extract().jsonPath();
        String group = "principles.find { it.id == 6 }.indicators.find { it.indicatorId == " + indicator
                + " }.periods[0].comparisons.find { it.areaCode == 'group:scorecard-test-peers' }";
        assertThat(scorecard.getDouble(group + ".value")).as("1,000 of 5,000").isCloseTo(20.0, within(1e-9));
        assertThat(scorecard.getString(group + ".aggregate")).isEqualTo("SUMMED_COUNTS");
        assertThat(scorecard.getString(group + ".computed")).as("30% against 20%, low is good").isEqualTo("WORSE");
        assertThat(scorecard.getString(group + ".quintileInGroup")).isEqualTo("QUINTILE_WORST");
        var csvOut = given().queryParam("comparators", "group:scorecard-test-peers").queryParam("format", "csv")
                .when().get("/api/v1/scorecards/{area}", LUTON).then().statusCode(200).extract().response();
        assertThat(csvOut.asString().lines().findFirst().orElseThrow()).contains("Scorecard test peers value");
        // The CSVW description names the group's own columns too, as they are titled in this file.
        assertThat(CsvwCheck.describedColumns(csvOut, null)).contains("Scorecard test peers value",
                "Compared to Scorecard test peers (computed)", "Goal period");
        given().queryParam("comparators", "group:no-such-group")
                .when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("comparators"));
    }
}
