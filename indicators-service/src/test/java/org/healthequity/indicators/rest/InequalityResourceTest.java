package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.CsvwCheck;
import org.healthequity.testing.EmbeddedPostgresResource;

/**
 * Breakdowns imported from a Fingertips-layout CSV (synthetic values): a deprivation gradient in 2022 with its
 * slope index, a breakdown by sex only in 2021, and an ethnic breakdown too large to show.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class InequalityResourceTest {

    private static final String LUTON = "E06000032";
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    /** Fingertips' own labels, in a shuffled order: the service must put them along the gradient. */
    private static final List<String> DECILES = List.of("Fifth less deprived decile (IMD2019)",
            "Most deprived decile (IMD2019)", "Least deprived decile (IMD2019)", "Third more deprived decile (IMD2019)",
            "Second most deprived decile (IMD2019)", "Fourth more deprived decile (IMD2019)",
            "Fifth more deprived decile (IMD2019)", "Fourth less deprived decile (IMD2019)",
            "Third less deprived decile (IMD2019)", "Second least deprived decile (IMD2019)");
    private static final List<String> IN_ORDER = List.of("Most deprived decile (IMD2019)",
            "Second most deprived decile (IMD2019)", "Third more deprived decile (IMD2019)",
            "Fourth more deprived decile (IMD2019)", "Fifth more deprived decile (IMD2019)",
            "Fifth less deprived decile (IMD2019)", "Fourth less deprived decile (IMD2019)",
            "Third less deprived decile (IMD2019)", "Second least deprived decile (IMD2019)",
            "Least deprived decile (IMD2019)");
    private static final String DEPRIVATION = "County & UA deprivation deciles in England (IMD2019, 4/21 geography)";

    private static int indicator;

    /** Once, with the application running (a static @BeforeAll runs before it starts). */
    @BeforeEach
    void importBreakdowns() {
        if (indicator != 0) {
            return;
        }
        indicator = Indicators.percentage("Inequality breakdown indicator");
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Sex,Age,Category Type,Category,Time period,"
                + "Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,Denominator\r\n");
        csv.append(indicator).append(',').append(LUTON).append(",Persons,All ages,,,2022,,,,2250,10000\r\n");
        csv.append(indicator).append(',').append(LUTON).append(",Persons,All ages,,,2021,,,,2300,10000\r\n");
        csv.append(indicator).append(',').append(LUTON).append(",Male,All ages,,,2021,,,,1300,5000\r\n");
        csv.append(indicator).append(',').append(LUTON).append(",Female,All ages,,,2021,,,,1000,5000\r\n");
        for (String decile : DECILES) {
            int position = IN_ORDER.indexOf(decile) + 1;
            csv.append(indicator).append(',').append(LUTON).append(",Persons,All ages,\"").append(DEPRIVATION)
                    .append("\",\"").append(decile).append("\",2022,,,,").append(300 - 15 * (position - 1))
                    .append(",1000\r\n");
        }
        csv.append(indicator).append(",E92000001,Persons,All ages,,,2022,,,,2000,10000\r\n");
        for (String decile : DECILES) {
            int position = IN_ORDER.indexOf(decile) + 1;
            csv.append(indicator).append(",E92000001,Persons,All ages,\"").append(DEPRIVATION).append("\",\"")
                    .append(decile).append("\",2022,,,,").append(250 - 10 * (position - 1)).append(",1000\r\n");
            for (String member : List.of("E06000033", "E06000034")) {
                csv.append(indicator).append(',').append(member).append(",Persons,All ages,\"").append(DEPRIVATION)
                        .append("\",\"").append(decile).append("\",2022,,,,200,1000\r\n");
            }
        }
        for (int group = 1; group <= 101; group++) {
            csv.append(indicator).append(',').append(LUTON).append(",Persons,All ages,Ethnic groups,Group ")
                    .append(group).append(",2022,,,,").append(100 + group).append(",1000\r\n");
        }
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);
    }

    @Test
    void aDeprivationGradientAlongItsOrderWithEachDecileAgainstTheAreaAndItsSlopeIndex() {
        given().config(DOUBLES).queryParam("indicator", indicator)
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(200)
                .body("by", equalTo("DEPRIVATION"))
                .body("period", equalTo("2022"))
                .body("categoryType", equalTo(DEPRIVATION))
                .body("overall.value", closeTo(22.5, 1e-9))
                .body("categories.label", contains(IN_ORDER.toArray()))
                .body("categories.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body("categories[0].value.value", closeTo(30.0, 1e-9))
                .body("categories[0].value.lowerCi", closeTo(27.2407, 1e-3))
                .body("categories[0].comparedWithOverall", equalTo("WORSE"))
                .body("categories[5].comparedWithOverall", equalTo("SIMILAR"))
                .body("categories[9].comparedWithOverall", equalTo("BETTER"))
                .body("range.highest", equalTo("Most deprived decile (IMD2019)"))
                .body("range.absoluteGap", closeTo(13.5, 1e-9))
                .body("range.relativeGap", closeTo(30.0 / 16.5, 1e-9))
                // Equal populations, values falling 1.5 points a decile: 15 points from rank 0 to rank 1.
                .body("sii.sii.value", closeTo(-15.0, 1e-9))
                .body("sii.rii.value", closeTo(15.75 / 30.75, 1e-9))
                .body("sii.sii.upperCi", lessThan(0.0));
    }

    @Test
    void withoutAPeriodEachBreakdownShowsTheLatestThatHasIt() {
        given().queryParam("indicator", indicator).queryParam("by", "sex")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(200)
                .body("period", equalTo("2021"))
                .body("categories.label", contains("Male", "Female"))
                .body("categories[0].comparedWithOverall", equalTo("WORSE"))
                .body("sii", nullValue());
        given().queryParam("indicator", indicator).queryParam("by", "deprivation").queryParam("period", "2021")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("2021"));
    }

    @Test
    void theSameAsCsvWithTheAreaFirstThenEachDecile() {
        var response = given().queryParam("indicator", indicator).queryParam("format", "csv")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().response();
        List<String> lines = response.asString().lines().toList();
        assertThat(CsvwCheck.describedColumns(response, null)).contains("SII", "Compared to area");
        // The same breakdown as a picture: every decile along the gradient, the overall line and the SII.
        String svg = given().queryParam("indicator", indicator)
                .when().get("/api/v1/charts/inequalities/{area}", LUTON)
                .then().statusCode(200).contentType(containsString("image/svg+xml")).extract().asString();
        assertThat(svg).contains(">Most deprived").contains("Luton overall")
                .contains("slope index of inequality").contains("95% confidence interval");
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).startsWith("Area Code,Area Name,Indicator ID");
        assertThat(lines.get(1)).contains(",0,Overall,");
        assertThat(lines.get(2)).contains(",1,Most deprived decile (IMD2019),").contains(",-15.0");
    }

    @Test
    void badQuestionsAreProblemsNamingWhatIsWrong() {
        given().queryParam("indicator", indicator).queryParam("by", "income")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        given().queryParam("indicator", indicator)
                .when().get("/api/v1/inequalities/{area}", "E99999999")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("indicator", indicator).queryParam("by", "ethnicity")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(422).body("detail", containsString("101 categories"));
        given().queryParam("indicator", indicator).queryParam("by", "ward")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(404);
        given().queryParam("indicator", indicator).queryParam("period", "x".repeat(40))
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void theCalculatorsIndexListsTheNewMethods() {
        given().when().get("/api/v1/methods").then().statusCode(200)
                .body("path", hasItems("/api/v1/methods/sii", "/api/v1/methods/quantiles"))
                .body("$", hasSize(10));
    }

    @Test
    void eachCategoryAgainstTheSameCategoryOfEachComparator() {
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(Map.of("id", "inequality-test-peers", "name", "Inequality test peers", "kind", "CUSTOM",
                        "members", List.of("E06000033", "E06000034")))
                .when().post("/api/v1/area-groups").then().statusCode(201);
        given().config(DOUBLES).queryParam("indicator", indicator)
                .queryParam("comparators", "E92000001,group:inequality-test-peers")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(200)
                .body("overallComparisons[0].code", equalTo("E92000001"))
                .body("overallComparisons[0].outcome", equalTo("WORSE"))
                .body("categories[0].comparisons[0].value", closeTo(25.0, 1e-9))
                .body("categories[0].comparisons[0].outcome", equalTo("WORSE"))
                .body("categories[0].comparisons[1].code", equalTo("group:inequality-test-peers"))
                .body("categories[0].comparisons[1].value", closeTo(20.0, 1e-9))
                .body("categories[0].comparisons[1].aggregate", equalTo("SUMMED_COUNTS"))
                .body("categories[9].comparisons[0].outcome", equalTo("SIMILAR"))
                .body("categories[9].comparisons[1].outcome", equalTo("BETTER"));
        given().queryParam("indicator", indicator).queryParam("comparators", "group:missing")
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("comparators"));
    }
}
