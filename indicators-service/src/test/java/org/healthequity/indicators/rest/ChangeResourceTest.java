package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.healthequity.testing.EmbeddedPostgresResource;

/**
 * "Is it the programme?": an area's change since the baseline beside England's, the region's and a group's, made
 * from synthetic counts whose intervals the import computes (Wilson).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ChangeResourceTest {

    private static final String LUTON = "E06000032";
    private static final String PATH = "/api/v1/scorecards/{area}/change";

    @Test
    void lutonImprovedFasterThanEnglandAndTheRegionWhereTheIntervalsSaySo() {
        int indicator = Indicators.create("Change since baseline indicator", "PROPORTION", "HIGH_IS_GOOD", 100, 0.0,
                100.0);
        // 2021 ends before September 2022, 2022 does not: the baseline is 2021 and the latest 2023.
        String csv = "Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n"
                + indicator + "," + LUTON + ",Persons,All ages,2021,,300,1000\r\n"
                + indicator + "," + LUTON + ",Persons,All ages,2022,,360,1000\r\n"
                + indicator + "," + LUTON + ",Persons,All ages,2023,,420,1000\r\n"
                + indicator + ",E92000001,Persons,All ages,2021,,30000,100000\r\n"
                + indicator + ",E92000001,Persons,All ages,2023,,30500,100000\r\n"
                + indicator + ",E12000006,Persons,All ages,2021,,380,1000\r\n";
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv)
                .when().post("/api/v1/imports").then().statusCode(201);

        JsonPath change = given().when().get(PATH, LUTON).then().statusCode(200)
                .body("baselineBefore", equalTo("2022-09-01"))
                .body("comparators.code", equalTo(List.of("E92000001", "E12000006")))
                .extract().jsonPath();
        String row = "rows.find { it.indicatorId == " + indicator + " }";
        assertThat(change.getString(row + ".baseline.period")).isEqualTo("2021");
        assertThat(change.getString(row + ".latest.period")).isEqualTo("2023");
        assertThat(change.getDouble(row + ".change.value")).isCloseTo(12.0, offset(1e-9));
        assertThat(change.getString(row + ".change.outcome")).isEqualTo("IMPROVED");
        assertThat(change.getDouble(row + ".change.lowerCi95")).isBetween(7.0, 12.0);
        String england = row + ".comparisons.find { it.code == 'E92000001' }";
        assertThat(change.getDouble(england + ".change.value")).isCloseTo(0.5, offset(1e-9));
        assertThat(change.getDouble(england + ".difference.value")).isCloseTo(11.5,
                offset(1e-9));
        assertThat(change.getString(england + ".difference.outcome")).isEqualTo("BETTER");
        assertThat(change.getString(england + ".difference.statement")).isEqualTo("Improved faster than England");
        String region = row + ".comparisons.find { it.code == 'E12000006' }";
        assertThat(change.getString(region + ".difference.outcome")).isEqualTo("CANNOT_BE_SAID");
        assertThat(change.getString(region + ".difference.statement"))
                .contains("no value for East of England region in 2023");
    }

    @Test
    void withoutIntervalsOrWithoutABaselineNothingIsClaimed() {
        int valuesOnly = Indicators.create("Change without intervals indicator", "PROPORTION", "HIGH_IS_GOOD", 100,
                0.0, 100.0);
        int recentOnly = Indicators.create("Change without baseline indicator", "PROPORTION", "HIGH_IS_GOOD", 100,
                0.0, 100.0);
        String csv = "Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n"
                + valuesOnly + "," + LUTON + ",Persons,All ages,2021,30,,\r\n"
                + valuesOnly + "," + LUTON + ",Persons,All ages,2023,42,,\r\n"
                + valuesOnly + ",E92000001,Persons,All ages,2021,30,,\r\n"
                + valuesOnly + ",E92000001,Persons,All ages,2023,31,,\r\n"
                + recentOnly + "," + LUTON + ",Persons,All ages,2023,,420,1000\r\n";
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv)
                .when().post("/api/v1/imports").then().statusCode(201);

        JsonPath change = given().when().get(PATH, LUTON).then().statusCode(200).extract().jsonPath();
        String row = "rows.find { it.indicatorId == " + valuesOnly + " }";
        assertThat(change.getString(row + ".change.outcome")).isEqualTo("CANNOT_BE_SAID");
        assertThat(change.getString(row + ".comparisons[0].difference.statement"))
                .startsWith("Cannot be said: not every value has a confidence interval");
        String recent = "rows.find { it.indicatorId == " + recentOnly + " }";
        assertThat(change.getString(recent + ".note")).isEqualTo("No value for a period ending before 2022-09-01");
        assertThat(change.getString(recent + ".change")).isNull();
    }

    @Test
    void aGroupIsComparedByItsMembersSummedCountsWithWilsonLimits() {
        int indicator = Indicators.create("Change group comparator indicator", "PROPORTION", "HIGH_IS_GOOD", 100, 0.0,
                100.0);
        List<String> members = List.of("E06000031", "E06000033", "E06000034");
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n");
        csv.append(indicator).append(',').append(LUTON).append(",Persons,All ages,2021,,300,1000\r\n");
        csv.append(indicator).append(',').append(LUTON).append(",Persons,All ages,2023,,330,1000\r\n");
        for (String member : members) {
            csv.append(indicator).append(',').append(member).append(",Persons,All ages,2021,,3000,10000\r\n");
            csv.append(indicator).append(',').append(member).append(",Persons,All ages,2023,,3300,10000\r\n");
        }
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(Map.of("id", "change-test-peers", "name", "Change test peers", "kind", "CUSTOM",
                        "members", members))
                .when().post("/api/v1/area-groups").then().statusCode(201);

        JsonPath change = given().queryParam("comparators", "group:change-test-peers").when().get(PATH, LUTON)
                .then().statusCode(200).body("comparators.code", equalTo(List.of("group:change-test-peers")))
                .extract().jsonPath();
        String group = "rows.find { it.indicatorId == " + indicator + " }.comparisons[0]";
        assertThat(change.getString(group + ".aggregation")).isEqualTo("SUMMED_COUNTS");
        assertThat(change.getDouble(group + ".baseline.value")).isCloseTo(30.0, offset(1e-9));
        assertThat(change.getDouble(group + ".baseline.lowerCi95")).isBetween(29.0, 30.0);
        assertThat(change.getString(group + ".difference.outcome")).as("both rose by three points")
                .isEqualTo("NO_DIFFERENT");
        assertThat(change.getString(group + ".difference.statement")).isEqualTo("No different from Change test peers");
    }

    @Test
    void aBaselineThatIsNotADayOrIsAfterEveryLatestPeriodIsAProblem() {
        int indicator = Indicators.create("Change baseline bounds indicator", "PROPORTION", "HIGH_IS_GOOD", 100, 0.0,
                100.0);
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n"
                        + indicator + "," + LUTON + ",Persons,All ages,2021,,300,1000\r\n"
                        + indicator + "," + LUTON + ",Persons,All ages,2022,,310,1000\r\n")
                .when().post("/api/v1/imports").then().statusCode(201);
        given().queryParam("baseline", "2022-12-31").queryParam("indicator", indicator).when().get(PATH, LUTON)
                .then().statusCode(200).body("rows.indicatorId", equalTo(List.of(indicator)))
                .body("rows[0].baseline.period", equalTo("2021"));
        given().queryParam("baseline", "2023-01-01").queryParam("indicator", indicator).when().get(PATH, LUTON)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("baseline"));
        given().queryParam("indicator", "abc").when().get(PATH, LUTON).then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
        given().queryParam("baseline", "September 2022").when().get(PATH, LUTON).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("baseline"));
        given().queryParam("baseline", "2150-01-01").when().get(PATH, LUTON).then().statusCode(400)
                .body("errors[0].field", equalTo("baseline"));
        given().when().get(PATH, "E99999999").then().statusCode(404);
        given().queryParam("comparators", "group:no-such-group").when().get(PATH, LUTON).then().statusCode(400);
    }
}
