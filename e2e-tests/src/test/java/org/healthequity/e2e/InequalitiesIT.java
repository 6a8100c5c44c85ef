package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * Inequalities end to end, through the gateway: an analyst defines a comparator group and imports a deprivation
 * breakdown in the Fingertips layout; anyone then reads the gradient with its slope index, and the group's spread.
 * The values are synthetic (falling 2 points a quintile) so that the SII is known exactly: −10.
 */
@ExtendWith(StackExtension.class)
class InequalitiesIT {

    private static final String LUTON = "E06000032";
    private static final int INDICATOR = 990_101;
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    private static final List<String> QUINTILES = List.of("Most deprived quintile (IMD2019)",
            "Second most deprived quintile (IMD2019)", "Middle quintile (IMD2019)",
            "Second least deprived quintile (IMD2019)", "Least deprived quintile (IMD2019)");

    @Test
    void aDeprivationBreakdownImportedThroughTheGatewayIsServedWithItsSlopeIndex() {
        String gateway = StackExtension.config().gatewayUrl();
        String analyst = Tokens.user("analyst");
        given().baseUri(gateway).auth().oauth2(analyst).contentType(ContentType.JSON)
                .body("{\"id\":" + INDICATOR + ",\"name\":\"End-to-end inequality indicator\",\"principle\":1,"
                        + "\"valueType\":\"PROPORTION\",\"multiplier\":100,\"polarity\":\"LOW_IS_GOOD\","
                        + "\"validMin\":0,\"validMax\":100,\"yearType\":\"CALENDAR\"}")
                .when().post("/api/v1/indicators").then().statusCode(201);
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Sex,Age,Category Type,Category,Time period,"
                + "Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,Denominator\r\n");
        csv.append(INDICATOR).append(',').append(LUTON).append(",Persons,All ages,,,2023,,,,1600,10000\r\n");
        for (int q = 0; q < QUINTILES.size(); q++) {
            csv.append(INDICATOR).append(',').append(LUTON).append(",Persons,All ages,"
                    + "\"County & UA deprivation quintiles in England (IMD2019, 4/21 geography)\",\"")
                    .append(QUINTILES.get(q)).append("\",2023,,,,").append(200 - 20 * q).append(",1000\r\n");
        }
        given().baseUri(gateway).auth().oauth2(analyst).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);

        given().baseUri(gateway).config(DOUBLES).queryParam("indicator", INDICATOR)
                .when().get("/api/v1/inequalities/{area}", LUTON)
                .then().statusCode(200)
                .body("period", equalTo("2023"))
                .body("categories.label", contains(QUINTILES.toArray()))
                .body("categories[0].comparedWithOverall", equalTo("WORSE"))
                .body("sii.sii.value", closeTo(-10.0, 1e-9));
    }

    @Test
    void anAnalystsComparatorGroupIsOpenDataOnceDefined() {
        String gateway = StackExtension.config().gatewayUrl();
        given().baseUri(gateway).auth().oauth2(Tokens.user("analyst")).contentType(ContentType.JSON)
                .body("{\"id\":\"e2e-neighbours\",\"name\":\"End-to-end neighbours\",\"kind\":\"CUSTOM\","
                        + "\"ownerArea\":\"E06000032\",\"members\":[\"E06000032\",\"E06000033\",\"E06000034\"]}")
                .when().post("/api/v1/area-groups").then().statusCode(201);
        given().baseUri(gateway).when().get("/api/v1/area-groups/e2e-neighbours")
                .then().statusCode(200).body("members.code", contains(LUTON, "E06000033", "E06000034"));
        given().baseUri(gateway).auth().oauth2(Tokens.user("viewer")).contentType(ContentType.JSON)
                .body("{\"id\":\"viewer-group\",\"name\":\"No\",\"kind\":\"CUSTOM\",\"members\":[\"E06000032\"]}")
                .when().post("/api/v1/area-groups").then().statusCode(403);
    }
}
