package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

import org.healthequity.testing.TestTokens;

/** Indicators that a test defines for itself, so that tests sharing the database never share data. */
final class Indicators {

    private Indicators() {
    }

    static String analyst() {
        return TestTokens.forUser("analyst", "analyst");
    }

    /** A new local indicator; returns its id. */
    static int create(String name, String valueType, String polarity, double multiplier, Double validMin,
            Double validMax) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("principle", 6);
        body.put("valueType", valueType);
        body.put("polarity", polarity);
        body.put("multiplier", multiplier);
        // Left out when there is none, as the contract says (absent, never null).
        if (validMin != null) {
            body.put("validMin", validMin);
        }
        if (validMax != null) {
            body.put("validMax", validMax);
        }
        return given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators")
                .then().statusCode(201)
                .extract().path("id");
    }

    static int percentage(String name) {
        return create(name, "PROPORTION", "LOW_IS_GOOD", 100, 0.0, 100.0);
    }

    /** Indicator 93356 of the Fingertips sample, defined once. */
    static void campylobacter() {
        int status = given().when().get("/api/v1/indicators/93356").then().extract().statusCode();
        if (status == 404) {
            given().auth().oauth2(analyst()).contentType(ContentType.JSON)
                    .body(Map.of("id", 93356, "name", "Campylobacter incidence rate/100,000", "principle", 6,
                            "valueType", "CRUDE_RATE", "unit", "per 100,000", "multiplier", 100000,
                            "polarity", "LOW_IS_GOOD", "benchmarkMethod", "CI_95", "validMin", 0, "yearType",
                            "CALENDAR"))
                    .when().post("/api/v1/indicators")
                    .then().statusCode(201);
        }
    }
}
