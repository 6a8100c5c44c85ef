package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

import org.healthequity.testing.EmbeddedPostgresResource;

/**
 * Peer distributions over nine synthetic county and unitary authorities (values 1 to 8, and Luton's 6.5): NTILE(4)
 * of nine values makes groups of 3, 2, 2 and 2, so Q1 is 3, the median 5 and Q3 6.5.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DistributionResourceTest {

    private static final String LUTON = "E06000032";
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private static int indicator;

    @BeforeEach
    void importPeers() {
        if (indicator != 0) {
            return;
        }
        indicator = Indicators.create("Distribution indicator", "OTHER", "HIGH_IS_GOOD", 1, null, null);
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Area Name,Area Type,Parent Code,Sex,Age,"
                + "Time period,Value\r\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(indicator).append(",E0699990").append(i).append(",Peer ").append(i)
                    .append(",County & UA,E12000006,Persons,All ages,2022,").append(i).append("\r\n");
        }
        csv.append(indicator).append(',').append(LUTON).append(",Luton,County & UA,E12000006,Persons,All ages,2022,6.5")
                .append("\r\n");
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);
    }

    @Test
    void theFiveNumbersOfTheAreaTypeAndWhereTheAreaFalls() {
        given().config(DOUBLES).queryParam("area", LUTON)
                .when().get("/api/v1/indicators/{id}/distribution", indicator)
                .then().statusCode(200)
                .body("areaType", equalTo("COUNTY_UA"))
                .body("parent.code", equalTo("E92000001"))
                .body("period", equalTo("2022"))
                .body("distribution.count", equalTo(9))
                .body("distribution.min", equalTo(1.0))
                .body("distribution.q1", equalTo(3.0))
                .body("distribution.median", equalTo(5.0))
                .body("distribution.q3", equalTo(6.5))
                .body("distribution.max", equalTo(8.0))
                .body("area.value", equalTo(6.5))
                .body("area.quartile", equalTo(3))
                .body("area.amongPeers", equalTo(true));
        given().config(DOUBLES).queryParam("areaType", "COUNTY_UA").queryParam("parent", "E12000006")
                .when().get("/api/v1/indicators/{id}/distribution", indicator)
                .then().statusCode(200).body("distribution.count", equalTo(9)).body("parent.code",
                        equalTo("E12000006"));
    }

    @Test
    void theScorecardCarriesTheSameNumbersForASpineChart() {
        given().config(DOUBLES).when().get("/api/v1/scorecards/{area}", LUTON)
                .then().statusCode(200)
                .body("principles.find { it.id == 6 }.indicators.find { it.indicatorId == " + indicator
                        + " }.periods[0].distribution.median", equalTo(5.0))
                .body("principles.find { it.id == 6 }.indicators.find { it.indicatorId == " + indicator
                        + " }.periods[0].distribution.count", equalTo(9));
    }

    @Test
    void aScorecardsDistributionFollowsTheDataAsItChanges() {
        int changing = Indicators.create("Changing distribution", "OTHER", "HIGH_IS_GOOD", 1, null, null);
        String header = "Indicator ID,Area Code,Area Name,Area Type,Parent Code,Sex,Age,Time period,Value\r\n";
        StringBuilder csv = new StringBuilder(header);
        for (int i = 1; i <= 5; i++) {
            csv.append(changing).append(",E0699990").append(i).append(",Peer ").append(i)
                    .append(",County & UA,E12000006,Persons,All ages,2022,").append(i).append("\r\n");
        }
        csv.append(changing).append(',').append(LUTON).append(",Luton,County & UA,E12000006,Persons,All ages,2022,3")
                .append("\r\n");
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);
        String count = "principles.find { it.id == 6 }.indicators.find { it.indicatorId == " + changing
                + " }.periods[0].distribution.count";
        given().when().get("/api/v1/scorecards/{area}", LUTON).then().statusCode(200).body(count, equalTo(6));
        // The peers' values behind it are kept between scorecards, until a write changes the data.
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(header + changing
                + ",E06999906,Peer 6,County & UA,E12000006,Persons,All ages,2022,6\r\n")
                .when().post("/api/v1/imports").then().statusCode(201);
        given().when().get("/api/v1/scorecards/{area}", LUTON).then().statusCode(200).body(count, equalTo(7));
    }

    @Test
    void unknownOrMissingPeersAreProblemsNamingTheParameter() {
        given().when().get("/api/v1/indicators/{id}/distribution", indicator)
                .then().statusCode(400).body("errors[0].field", equalTo("areaType"));
        given().queryParam("areaType", "CONTINENT")
                .when().get("/api/v1/indicators/{id}/distribution", indicator)
                .then().statusCode(400).body("errors[0].field", equalTo("areaType"));
        given().queryParam("areaType", "COUNTY_UA").queryParam("group", "no-such-group")
                .when().get("/api/v1/indicators/{id}/distribution", indicator)
                .then().statusCode(400).body("errors[0].field", equalTo("group"));
        given().queryParam("areaType", "COUNTY_UA").queryParam("period", "2019")
                .when().get("/api/v1/indicators/{id}/distribution", indicator)
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("areaType", "COUNTY_UA")
                .when().get("/api/v1/indicators/{id}/distribution", 999_999)
                .then().statusCode(404);
    }
}
