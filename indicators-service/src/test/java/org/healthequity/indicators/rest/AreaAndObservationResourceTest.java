package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AreaAndObservationResourceTest {

    @Test
    void theRegionsAuthoritiesAndGroupsAreOpenData() {
        given().queryParam("type", "COUNTY_UA").queryParam("parent", "E12000006")
                .when().get("/api/v1/areas")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(11))
                .body("items.code", hasItems("E06000032", "E10000015"));
        given().when().get("/api/v1/areas/E06000032")
                .then().statusCode(200)
                .body("name", equalTo("Luton"))
                .body("type", equalTo("COUNTY_UA"))
                .body("parentCode", equalTo("E12000006"));
        given().when().get("/api/v1/area-groups/east-of-england-counties-uas")
                .then().statusCode(200)
                .body("members", hasSize(11))
                .body("members.parentCode", everyItem(equalTo("E12000006")));
        given().when().get("/api/v1/areas/X00000000").then().statusCode(404);
        given().queryParam("type", "PLANET").when().get("/api/v1/areas").then().statusCode(400);
    }

    @Test
    void observationsPageFilterAndRefreshIncrementally() {
        int indicator = Indicators.percentage("Observation paging indicator");
        StringBuilder body = new StringBuilder("[");
        for (int year = 2015; year <= 2022; year++) {
            body.append(year == 2015 ? "" : ",").append("{\"indicatorId\":").append(indicator)
                    .append(",\"areaCode\":\"E06000032\",\"period\":\"").append(year).append("\",\"sex\":\"")
                    .append(year % 2 == 0 ? "Male" : "Female").append("\",\"value\":").append(year - 2000)
                    .append('}');
        }
        body.append(']');
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/imports").then().statusCode(201);

        String next = given().queryParam("indicator", indicator).queryParam("pageSize", 3)
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("page.totalItems", equalTo(8))
                .body("links.next", startsWith("http"))
                .extract().path("links.next");
        given().when().get(next).then().statusCode(200).body("page.number", equalTo(2));
        given().queryParam("indicator", indicator).queryParam("sex", "Male")
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .body("items.sex", everyItem(equalTo("Male")))
                .body("items", hasSize(4));
        given().queryParam("indicator", indicator).queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("updatedSince", "yesterday").when().get("/api/v1/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("indicator", "ninety").when().get("/api/v1/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("indicator"));
    }

    @Test
    void observationsComeAsFingertipsCsvByAcceptOrFormat() {
        int indicator = Indicators.percentage("Observation CSV indicator");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2023\","
                        + "\"value\":12.5,\"valueNote\":\"Note, with a comma\"}]")
                .when().post("/api/v1/imports").then().statusCode(201);
        String csv = given().queryParam("indicator", indicator).queryParam("format", "csv")
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("observations.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(indicator + ",Observation CSV indicator,E12000006,East of England region,"
                + "E06000032,Luton,County & UA,Persons,All ages,,,2023,12.5,").contains("\"Note, with a comma\"");
        given().accept("text/csv").queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .contentType(containsString("text/csv"));
        String injected = given().queryParam("indicator", indicator).queryParam("sex", "x' OR '1'='1")
                .queryParam("format", "csv")
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .extract().asString();
        assertThat(injected.split("\r\n")).as("a quote in a filter is a value, not SQL").hasSize(1);
        given().queryParam("format", "xml").when().get("/api/v1/observations")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void provisionalValuesAreForAnalystsAndAdminsOnly() {
        int indicator = Indicators.percentage("Provisional values indicator");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2022\","
                        + "\"value\":11},{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\","
                        + "\"period\":\"2023\",\"value\":99,\"status\":\"PROVISIONAL\"}]")
                .when().post("/api/v1/imports").then().statusCode(201);

        given().queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.period.label", contains("2022"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.period.label", contains("2022"));
        given().queryParam("indicator", indicator).queryParam("status", "PROVISIONAL")
                .when().get("/api/v1/observations")
                .then().statusCode(403).contentType("application/problem+json");
        String csv = given().queryParam("indicator", indicator).queryParam("format", "csv")
                .when().get("/api/v1/observations")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains(",2022,11,").doesNotContain(",2023,");
        given().queryParam("format", "csv").when().get("/api/v1/scorecards/E06000032")
                .then().statusCode(200)
                .body(containsString("Provisional values indicator,Persons,All ages,,2022,11,"))
                .body(not(containsString(",2023,99,")));

        given().auth().oauth2(Indicators.analyst()).queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.period.label", containsInAnyOrder("2022", "2023"));
        given().auth().oauth2(Indicators.analyst()).queryParam("indicator", indicator)
                .queryParam("status", "PROVISIONAL")
                .when().get("/api/v1/observations")
                .then().statusCode(200).body("items.value", contains(99.0f));
    }
}
