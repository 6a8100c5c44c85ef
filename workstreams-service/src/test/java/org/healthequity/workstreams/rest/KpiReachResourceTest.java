package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.healthequity.testing.CsvwCheck;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/**
 * Reach, Core20PLUS5-style, through the API: a partner breaks an actual down, a lead approves it, and the KPI shows
 * the share reached in the most deprived 20 % against the population share the lead gave with its source.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class KpiReachResourceTest {

    private static final String LEAD = TestTokens.workstreamLead("lead-reach", "business-skills-employment");
    private static final String PARTNER_SEMLEP = TestTokens.partner("partner-reach", "semlep");

    @Test
    void anApprovedBreakdownShowsTheMostDeprivedShareAgainstThePopulationsInJsonCsvAndTheDashboard() {
        long kpi = createKpi("Reach of skills training", Map.of("mostDeprivedPopulationShare", 28.5,
                "mostDeprivedPopulationSource", "Synthetic share for this test"));
        String actuals = "/api/v1/kpis/" + kpi + "/actuals";
        long actual = given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 120, "breakdowns", List.of(
                        count("DEPRIVATION_QUINTILE", "1", 34), count("DEPRIVATION_QUINTILE", "2", 20),
                        count("DEPRIVATION_QUINTILE", "3", 16), count("DEPRIVATION_QUINTILE", "4", 15),
                        count("DEPRIVATION_QUINTILE", "5", 15), count("SEX", "Female", 70), count("SEX", "Male", 50))))
                .when().post(actuals).then().statusCode(201)
                .body("breakdowns", hasSize(7)).extract().jsonPath().getLong("id");
        // Not yet approved: nothing to show.
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/" + kpi + "/reach").then()
                .statusCode(200).body("periods", empty());
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post(actuals + "/" + actual + "/review").then().statusCode(200);

        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/" + kpi + "/reach").then()
                .statusCode(200)
                .body("mostDeprivedPopulationSource", equalTo("Synthetic share for this test"))
                .body("periods[0].period", equalTo("2024/25"))
                .body("periods[0].mostDeprivedShare", equalTo(34.0f))
                .body("periods[0].judgement", equalTo("PROPORTIONATE_OR_MORE"))
                .body("periods[0].dimensions.dimension", contains("DEPRIVATION_QUINTILE", "SEX"));
        Response csv = given().auth().oauth2(TestTokens.viewer()).accept("text/csv")
                .when().get("/api/v1/kpis/" + kpi + "/reach").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().response();
        CsvwCheck.describedColumns(csv, TestTokens.viewer());
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("KPI ID,Period,Actual,Dimension,Category,Value,Share of dimension (%),"
                + "Most deprived share (%),Population share (%),Reach judgement");
        assertThat(lines).hasSize(8).contains(kpi + ",2024/25,120,DEPRIVATION_QUINTILE,1,34,34,34,28.5,"
                + "PROPORTIONATE_OR_MORE", kpi + ",2024/25,120,SEX,Male,50,41.7,34,28.5,PROPORTIONATE_OR_MORE");
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workstreams/business-skills-employment/"
                + "dashboard").then().statusCode(200)
                .body("kpis.find { it.id == " + kpi + " }.reach.judgement", equalTo("PROPORTIONATE_OR_MORE"));
    }

    @Test
    void breakdownsThatCannotBeTrueAreRefusedNamingTheField() {
        long kpi = createKpi("Reach refusals", Map.of());
        String actuals = "/api/v1/kpis/" + kpi + "/actuals";
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 10, "breakdowns", List.of(
                        count("DEPRIVATION_QUINTILE", "6", 1), count("WARD", "Dallow", 4),
                        count("WARD", "dallow", 4), count("SEX", "Female", 11))))
                .when().post(actuals).then().statusCode(422)
                .body("errors.field", contains("breakdowns[0].category", "breakdowns[2].category", "breakdowns"))
                .body("errors.code", contains("invalid", "duplicate", "exceeds_value"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 10, "breakdowns", List.of(
                        count("WARD", "Dallow", -1))))
                .when().post(actuals).then().statusCode(422)
                .body("errors[0].field", startsWith("breakdowns[0].value"));
        // The same rules in a batch, naming the row.
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(List.of(Map.of("kpi", kpi, "period", "2024/25", "value", 10, "breakdowns", List.of(
                        count("DEPRIVATION_QUINTILE", "1", 11)))))
                .when().post("/api/v1/kpis/actuals:batch").then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].code", equalTo("exceeds_value"));
        // A population share needs its source.
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("name", "Share without source", "unit", "people", "direction", "INCREASE_IS_GOOD",
                        "frequency", "FINANCIAL_YEAR", "mostDeprivedPopulationShare", 28.5))
                .when().post("/api/v1/workstreams/business-skills-employment/kpis").then().statusCode(422)
                .body("errors[0].field", equalTo("mostDeprivedPopulationSource"));
    }

    private static Map<String, Object> count(String dimension, String category, int value) {
        return Map.of("dimension", dimension, "category", category, "value", value);
    }

    private static long createKpi(String name, Map<String, Object> reach) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "unit", "people", "direction",
                "INCREASE_IS_GOOD", "cumulative", false, "frequency", "FINANCIAL_YEAR", "ownerOrganisation",
                "semlep"));
        body.putAll(reach);
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams/business-skills-employment/kpis")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
