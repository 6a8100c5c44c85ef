package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

import org.healthequity.testing.EmbeddedPostgresResource;

/** The calculators over HTTP: open to anyone, answers as the fixtures publish them, 422 for impossible input. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class MethodResourceTest {

    /** JSON numbers read as doubles, to check results to their last digits. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Test
    void aProportionWithWilsonLimitsAsTheFixturePublishesIt() {
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("count", 65, "denominator", 100))
                .when().post("/api/v1/methods/proportion")
                .then().statusCode(200)
                .body("value", equalTo(0.65))
                .body("lowerCi", closeTo(0.55254443296887967, 1e-9))
                .body("upperCi", closeTo(0.73635751756902468, 1e-9))
                .body("confidence", equalTo(0.95))
                .body("method", equalTo("Wilson"));
        given().config(DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("count", 65, "denominator", 100, "multiplier", 100, "confidence", 0.998))
                .when().post("/api/v1/methods/proportion")
                .then().statusCode(200)
                .body("lowerCi", closeTo(49.549465740704314, 1e-7))
                .body("statistic", equalTo("percentage"));
    }

    @Test
    void impossibleInputIsAProblemSayingWhy() {
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("count", 120, "denominator", 100))
                .when().post("/api/v1/methods/proportion")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("count"))
                .body("detail", containsString("cannot exceed"));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("count", -1, "denominator", 100))
                .when().post("/api/v1/methods/rate")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("count"));
        given().config(DOUBLES).contentType(ContentType.JSON).body(
                Map.of("count", 5, "denominator", 100, "confidence", 0.5))
                .when().post("/api/v1/methods/rate")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("confidence"));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("denominator", 100))
                .when().post("/api/v1/methods/rate")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("count"))
                .body("errors[0].code", equalTo("required"));
        given().config(DOUBLES).contentType(ContentType.JSON).body("{\"count\": 5, ")
                .when().post("/api/v1/methods/rate")
                .then().statusCode(400);
    }

    @Test
    void ratesUseExactLimitsBelowTenEvents() {
        given().config(DOUBLES).contentType(ContentType.JSON).body(
                Map.of("count", 5, "denominator", 100, "multiplier", 100))
                .when().post("/api/v1/methods/rate")
                .then().statusCode(200)
                .body("value", equalTo(5.0))
                .body("lowerCi", closeTo(1.62348639011842, 1e-9))
                .body("method", equalTo("Exact"));
    }

    @Test
    void meansAndTheirStudentTLimits() {
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("values", List.of(1, 2, 3, 4)))
                .when().post("/api/v1/methods/mean")
                .then().statusCode(200)
                .body("value", equalTo(2.5))
                .body("lowerCi", closeTo(2.5 - 3.182446305284263 * Math.sqrt(5.0 / 3) / 2, 1e-9));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("values", List.of(1)))
                .when().post("/api/v1/methods/mean")
                .then().statusCode(422);
    }

    @Test
    void aDsrWithEsp2013AndItsSuppressionBelowTenEvents() {
        List<Map<String, Object>> bands = new ArrayList<>();
        double[][] big = { { 127, 636 }, { 25, 558 }, { 18, 609 }, { 21, 543 }, { 12, 384 }, { 27, 594 }, { 48, 669 },
                { 27, 843 }, { 29, 660 }, { 32, 576 }, { 32, 606 }, { 34, 522 }, { 45, 426 }, { 65, 273 },
                { 38, 300 }, { 68, 288 }, { 74, 153 }, { 82, 123 }, { 91, 207 } };
        for (double[] band : big) {
            bands.add(Map.of("count", band[0], "population", band[1]));
        }
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("bands", bands, "multiplier", 10000))
                .when().post("/api/v1/methods/dsr")
                .then().statusCode(200)
                .body("value", closeTo(1043.0247991469423, 1e-6))
                .body("lowerCi", closeTo(971.77090679856803, 1e-6))
                .body("method", equalTo("Dobson"));
        List<Map<String, Object>> tiny = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            tiny.add(Map.of("count", i < 9 ? 1 : 0, "population", 500));
        }
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("bands", tiny))
                .when().post("/api/v1/methods/dsr")
                .then().statusCode(200)
                .body("value", nullValue())
                .body("note", equalTo("total count < 10"));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("bands", bands.subList(0, 18)))
                .when().post("/api/v1/methods/dsr")
                .then().statusCode(422)
                .body("detail", containsString("19"));
    }

    @Test
    void lifeExpectancyNeedsTwentyBandsAndAnswersEveryAge() {
        int[] populations = { 7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416,
                46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936 };
        int[] deaths = { 17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937 };
        List<Map<String, Object>> bands = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bands.add(Map.of("deaths", deaths[i], "population", populations[i]));
        }
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("bands", bands))
                .when().post("/api/v1/methods/life-expectancy")
                .then().statusCode(200)
                .body("value", closeTo(80.16960813, 1e-7))
                .body("byAge", hasSize(20))
                .body("byAge[19].ageBand", equalTo("90+"))
                .body("byAge[19].value", closeTo(6.16210635, 1e-7));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("bands", bands.subList(0, 19)))
                .when().post("/api/v1/methods/life-expectancy")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("bands"))
                .body("detail", containsString("20 age bands"));
    }

    @Test
    void indirectStandardisation() {
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("bands", List.of(Map.of("population", 100,
                "referenceCount", 1, "referencePopulation", 100)), "observed", 5))
                .when().post("/api/v1/methods/isr")
                .then().statusCode(200)
                .body("value", equalTo(5.0))
                .body("upperCi", closeTo(11.668332079322669, 1e-9));
    }

    @Test
    void aMissingBandCountInIndirectStandardisationIsZero() {
        List<Map<String, Object>> bands = new ArrayList<>();
        bands.add(Map.of("count", 4, "population", 100, "referenceCount", 1, "referencePopulation", 100));
        bands.add(Map.of("population", 100, "referenceCount", 1, "referencePopulation", 100));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("bands", bands))
                .when().post("/api/v1/methods/isr")
                .then().statusCode(200)
                .body("value", closeTo(2.0, 1e-12));
    }

    @Test
    void theSlopeIndexOfInequalityWithItsRelativeIndexAndIntercept() {
        Map<String, Object> request = Map.of("valueType", "VALUE", "quantiles", quantiles(5, 100), "rii", true,
                "intercept", true, "repetitions", 2000);
        double sii = given().config(DOUBLES).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/methods/sii")
                .then().statusCode(200)
                // Values rising by 2 a quintile with equal populations: the fitted line gains 10 from rank 0 to 1.
                .body("sii.value", closeTo(10.0, 1e-9))
                .body("rii.value", closeTo(79.0 / 69.0, 1e-9))
                .body("intercept", closeTo(69.0, 1e-9))
                .body("sii.confidence", equalTo(0.95))
                .extract().path("sii.lowerCi");
        assertThat(sii).isLessThan(10.0);
        given().config(DOUBLES).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/methods/sii")
                .then().statusCode(200).body("sii.lowerCi", equalTo(sii));
        given().contentType(ContentType.JSON).body(Map.of("quantiles", quantiles(5, 100), "rii", false))
                .when().post("/api/v1/methods/sii")
                .then().statusCode(200).body("rii", nullValue()).body("intercept", nullValue());
    }

    @Test
    void siiInputItCannotUseIsA422NamingTheQuantile() {
        List<Map<String, Object>> quantiles = quantiles(5, 100);
        quantiles.set(2, Map.of("quantile", 3, "population", -200, "value", 75, "standardError", 1));
        given().contentType(ContentType.JSON).body(Map.of("quantiles", quantiles))
                .when().post("/api/v1/methods/sii")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantiles[2].population"))
                .body("detail", containsString("quantile 3"));
        quantiles.set(2, Map.of("quantile", 3, "population", 200, "value", 75));
        given().contentType(ContentType.JSON).body(Map.of("quantiles", quantiles))
                .when().post("/api/v1/methods/sii")
                .then().statusCode(422).body("errors[0].field", equalTo("quantiles[2].standardError"));
        List<Map<String, Object>> proportions = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            proportions.add(Map.of("quantile", q, "population", 200, "value", q == 3 ? 1.5 : 0.5, "lowerCi", 0.4,
                    "upperCi", 0.6));
        }
        given().contentType(ContentType.JSON).body(Map.of("valueType", "PROPORTION", "quantiles", proportions))
                .when().post("/api/v1/methods/sii")
                .then().statusCode(422).body("errors[0].field", equalTo("quantiles[2].value"));
        given().contentType(ContentType.JSON).body(Map.of("quantiles", quantiles(101, 10)))
                .when().post("/api/v1/methods/sii")
                .then().statusCode(422).body("errors[0].field", containsString("quantiles"));
        given().contentType(ContentType.JSON).body(Map.of("quantiles", quantiles(5, 100), "repetitions", 1_000_001))
                .when().post("/api/v1/methods/sii")
                .then().statusCode(422).body("errors[0].field", containsString("repetitions"));
    }

    @Test
    void areasRankedIntoQuantilesWithinTheirGroups() {
        List<Map<String, Object>> areas = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            areas.add(Map.of("code", "A" + i, "value", i * 1.0, "group", "north"));
        }
        areas.add(Map.of("code", "B1", "value", 5.0, "group", "south"));
        areas.add(Map.of("code", "N1", "group", "north"));
        given().contentType(ContentType.JSON).body(Map.of("quantiles", 5, "polarity", "LOW_IS_GOOD", "areas", areas))
                .when().post("/api/v1/methods/quantiles")
                .then().statusCode(200)
                .body("highestFirst", equalTo(true))
                .body("areas.find { it.code == 'A10' }.quantile", equalTo(1))
                .body("areas.find { it.code == 'A1' }.quantile", equalTo(5))
                .body("areas.find { it.code == 'B1' }.quantile", nullValue())
                .body("areas.find { it.code == 'N1' }.quantile", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("quantiles", 101, "areas", areas))
                .when().post("/api/v1/methods/quantiles")
                .then().statusCode(422).body("errors[0].field", equalTo("quantiles"));
    }

    /** {@code n} quantiles of equal population whose values rise by 2 a quantile from 70, with limits. */
    private static List<Map<String, Object>> quantiles(int n, int population) {
        List<Map<String, Object>> quantiles = new ArrayList<>();
        for (int q = 1; q <= n; q++) {
            double value = 68 + 2 * q;
            quantiles.add(Map.of("quantile", q, "population", population, "value", value, "lowerCi", value - 1.5,
                    "upperCi", value + 1.5));
        }
        return quantiles;
    }

    @Test
    void comparisonsAndTrends() {
        given().config(DOUBLES).contentType(ContentType.JSON).body(
                Map.of("value", 82.44, "lowerCi", 70.74, "upperCi", 95.52,
                "comparatorValue", 94.73, "polarity", "LOW_IS_GOOD", "method", "CI_95"))
                .when().post("/api/v1/methods/compare")
                .then().statusCode(200)
                .body("outcome", equalTo("SIMILAR"))
                .body("label", equalTo("Similar"));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("value", 82.44, "comparatorValue", 94.73,
                "polarity", "LOW_IS_GOOD", "method", "CI_95"))
                .when().post("/api/v1/methods/compare")
                .then().statusCode(200)
                .body("outcome", equalTo("NOT_COMPARED"));
        List<Map<String, Object>> points = new ArrayList<>();
        double[] values = { 50, 45, 40, 35, 30 };
        for (int i = 0; i < 5; i++) {
            points.add(Map.of("period", (2018 + i) + "/" + (19 + i), "value", values[i], "lowerCi", values[i] - 2,
                    "upperCi", values[i] + 2));
        }
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("valueType", "DSR", "polarity", "LOW_IS_GOOD",
                "points", points))
                .when().post("/api/v1/methods/trend")
                .then().statusCode(200)
                .body("trend", equalTo("DECREASING"))
                .body("label", equalTo("Decreasing and getting better"))
                .body("periodsUsed", hasSize(5));
        points.set(2, Map.of("period", "some year", "value", 1));
        given().config(DOUBLES).contentType(ContentType.JSON).body(Map.of("valueType", "DSR", "polarity", "LOW_IS_GOOD",
                "points", points))
                .when().post("/api/v1/methods/trend")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("points[2].period"));
    }

    @Test
    void theIndexListsEveryCalculator() {
        List<String> paths = given().config(DOUBLES).when().get("/api/v1/methods")
                .then().statusCode(200).extract().path("path");
        assertThat(paths).contains("/api/v1/methods/proportion", "/api/v1/methods/life-expectancy",
                "/api/v1/methods/trend", "/api/v1/methods/sii", "/api/v1/methods/quantiles").hasSize(10);
    }
}
