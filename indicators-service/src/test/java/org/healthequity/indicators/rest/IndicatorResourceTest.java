package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;

import org.hamcrest.Matchers;
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
class IndicatorResourceTest {

    private static Map<String, Object> definition(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("principle", 4);
        body.put("valueType", "PROPORTION");
        body.put("multiplier", 100);
        body.put("polarity", "LOW_IS_GOOD");
        body.put("validMin", 0);
        body.put("validMax", 100);
        return body;
    }

    @Test
    void theOutcomeIndicatorsAreSeededPerPrinciple() {
        given().queryParam("principle", 0)
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(90366, 90362))
                .body("items.valueType", everyItem(equalTo("LIFE_EXPECTANCY")));
        given().queryParam("q", "infant").when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.id", hasItem(92196));
        given().when().get("/api/v1/indicators/92196")
                .then().statusCode(200)
                .body("multiplier", equalTo(1000.0f))
                .body("polarity", equalTo("LOW_IS_GOOD"))
                .body("unit", equalTo("per 1,000 live births"));
        given().when().get("/api/v1/indicators/900108")
                .then().statusCode(200)
                .body("validMax", equalTo(100.0f));
    }

    @Test
    void analystsDefineIndicatorsWithTheFingertipsIdOrALocalOne() {
        Map<String, Object> body = definition("Fuel poverty test indicator");
        body.put("id", 94001);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators")
                .then().statusCode(201)
                .body("id", equalTo(94001))
                .body("benchmarkMethod", equalTo("CI_95"))
                .body("yearType", equalTo("FINANCIAL"));
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(definition("Local indicator"))
                .when().post("/api/v1/indicators")
                .then().statusCode(201)
                .body("id", greaterThanOrEqualTo(900000));
    }

    @Test
    void nulInAPathAQueryOrABodyIsAProblemAndStoresNothing() {
        given().urlEncodingEnabled(false).when().get("/api/v1/areas/E0600%0032")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:hes:problem:malformed-request"));
        given().urlEncodingEnabled(false).when().get("/api/v1/indicators?q=fuel%00poverty")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(definition("Nul\u0000indicator"))
                .when().post("/api/v1/indicators")
                .then().statusCode(422).contentType("application/problem+json");
        given().queryParam("q", "indicator").when().get("/api/v1/indicators")
                .then().statusCode(200).body("items.name", not(hasItem(startsWith("Nul"))));
    }

    @Test
    void onlyAnalystsAndAdminsChangeIndicators() {
        given().contentType(ContentType.JSON).body(definition("Anonymous"))
                .when().post("/api/v1/indicators").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(definition("Viewer"))
                .when().post("/api/v1/indicators").then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("evaluator", "evaluator")).contentType(ContentType.JSON)
                .body(definition("Evaluator")).when().post("/api/v1/indicators").then().statusCode(403);
    }

    @Test
    void invalidDefinitionsNameTheirFields() {
        Map<String, Object> body = definition("");
        body.put("principle", 9);
        body.put("validMin", 50);
        body.put("validMax", 10);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators")
                .then().statusCode(422)
                .body("errors.field", hasItems("name", "principle"));
        Map<String, Object> inverted = definition("Inverted range");
        inverted.put("validMin", 50);
        inverted.put("validMax", 10);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(inverted)
                .when().post("/api/v1/indicators")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("validMin"));
        Map<String, Object> badEnum = definition("Bad value type");
        badEnum.put("valueType", "PERCENT");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(badEnum)
                .when().post("/api/v1/indicators")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("valueType"));
        // A body that is not JSON at all is malformed, not invalid.
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/indicators")
                .then().statusCode(400);
    }

    @Test
    void updatesNeedTheCurrentETag() {
        int id = given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(definition("To be renamed")).when().post("/api/v1/indicators")
                .then().statusCode(201).extract().path("id");
        String etag = given().when().get("/api/v1/indicators/{id}", id).then().extract().header("ETag");
        Map<String, Object> renamed = definition("Renamed");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/v1/indicators/{id}", id).then().statusCode(428);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(renamed)
                .header("If-Match", etag).when().put("/api/v1/indicators/{id}", id)
                .then().statusCode(200).body("name", equalTo("Renamed"));
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(renamed)
                .header("If-Match", etag).when().put("/api/v1/indicators/{id}", id).then().statusCode(412);
    }

    @Test
    void anIndicatorWithDataIsNotDeleted() {
        int used = Indicators.percentage("Indicator with data");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + used + ",\"areaCode\":\"E06000032\",\"period\":\"2023\",\"value\":5}]")
                .when().post("/api/v1/imports").then().statusCode(201);
        given().auth().oauth2(Indicators.analyst()).header("If-Match", "*").when()
                .delete("/api/v1/indicators/{id}", used)
                .then().statusCode(409)
                .body("detail", Matchers.containsString("1 observations"));
        int unused = Indicators.percentage("Indicator without data");
        String etag = given().when().get("/api/v1/indicators/{id}", unused).then().statusCode(200)
                .extract().header("ETag");
        // Like every other delete: not without If-Match, and not with a version that is no longer current.
        given().auth().oauth2(Indicators.analyst()).when().delete("/api/v1/indicators/{id}", unused)
                .then().statusCode(428);
        given().auth().oauth2(Indicators.analyst()).header("If-Match", "\"999999\"").when()
                .delete("/api/v1/indicators/{id}", unused).then().statusCode(412);
        given().when().get("/api/v1/indicators/{id}", unused).then().statusCode(200);
        given().auth().oauth2(Indicators.analyst()).header("If-Match", etag).when()
                .delete("/api/v1/indicators/{id}", unused).then().statusCode(204);
        given().when().get("/api/v1/indicators/{id}", unused).then().statusCode(404);
        assertThat(unused).isNotEqualTo(used);
    }
}
