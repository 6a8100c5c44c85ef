package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.CsvwCheck;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class KpiResourceTest {

    private static final String LEAD = TestTokens.workstreamLead("lead-bse", "business-skills-employment");
    private static final String PARTNER_SEMLEP = TestTokens.partner("partner-semlep", "semlep");

    @Test
    void theSeedsOutputMeasuresAreTheBusinessSkillsAndEmploymentKpis() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", "business-skills-employment")
                .when().get("/api/v1/kpis")
                .then().statusCode(200)
                .body("items.name[0..5]", contains(
                        "Number of organisations that take up MHFA/total wellbeing training",
                        "Number of people accessing employment skills training",
                        "Number of people registering with/seeking employment via Connect 2 Luton",
                        "Number of people enrolling on Passport to Entrepreneurship programme",
                        "Number of apprenticeships arranged via brokerage scheme",
                        "Number of businesses accessing SEMLEP business support"))
                .body("items.direction[0..5]", everyItem(equalTo("INCREASE_IS_GOOD")))
                .body("items[5].ownerOrganisation", equalTo("semlep"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("organisation", "uob")
                .when().get("/api/v1/kpis")
                .then().statusCode(200)
                .body("items.name", contains("Number of people enrolling on Passport to Entrepreneurship programme"));
    }

    @Test
    void ragFollowsTheRuleForEachPeriodOnlyFromApprovedActuals() {
        long kpi = createKpi("Businesses supported", "INCREASE_IS_GOOD", false, "FINANCIAL_QUARTER");
        setTargets(kpi, List.of(target("2024/25 Q1", 100), target("2024/25 Q2", 100), target("2024/25 Q3", 100),
                target("2024/25 Q4", 100)));
        long q1 = submit(kpi, PARTNER_SEMLEP, "2024/25 Q1", "85", 201);
        long q2 = submit(kpi, PARTNER_SEMLEP, "2024/25 Q2", "84.99", 201);
        long q3 = submit(kpi, PARTNER_SEMLEP, "2024/25 Q3", "69", 201);
        submit(kpi, PARTNER_SEMLEP, "2024/25 Q4", "120", 201);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/" + kpi + "/values")
                .then().statusCode(200)
                .body("items.rag", contains("NO_DATA", "NO_DATA", "NO_DATA", "NO_DATA"))
                .body("items[0].reason", containsString("submitted, not approved"))
                .body("items.actualStatus", everyItem(equalTo("SUBMITTED")));
        for (long actual : List.of(q1, q2, q3)) {
            approve(kpi, actual);
        }
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/kpis/" + kpi + "/values")
                .then().statusCode(200)
                .body("items.period", contains("2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4"))
                .body("items.rag", contains("GREEN", "AMBER", "RED", "NO_DATA"))
                .body("items.ruleVersion", everyItem(equalTo("kpi-rag-1")))
                .body("items[0].actual", equalTo(85))
                .body("items[3].actual", nullValue())
                .body("items[3].actualStatus", equalTo("SUBMITTED"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/rag-rule")
                .then().statusCode(200).body("version", equalTo("kpi-rag-1")).body("greenTolerance", equalTo(0.15f));
    }

    @Test
    void aCumulativeKpiHoldsTheRunningTotalAgainstItsTarget() {
        long kpi = createKpi("Apprenticeships arranged", "INCREASE_IS_GOOD", true, "FINANCIAL_QUARTER");
        setTargets(kpi, List.of(target("2024/25 Q1", 10), target("2024/25 Q2", 20)));
        approve(kpi, submit(kpi, PARTNER_SEMLEP, "2024/25 Q1", "10", 201));
        approve(kpi, submit(kpi, PARTNER_SEMLEP, "2024/25 Q2", "6", 201));
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/kpis/" + kpi + "/values")
                .then().statusCode(200)
                .body("items.rag", contains("GREEN", "AMBER"))
                .body("items[1].comparedValue", equalTo(16))
                .body("items[1].reason", containsString("20.0%"));
    }

    @Test
    void decreaseIsGoodTurnsTheRuleAround() {
        long kpi = createKpi("Households in temporary accommodation", "DECREASE_IS_GOOD", false, "FINANCIAL_YEAR");
        setTargets(kpi, List.of(target("2024/25", 1000), target("2025/26", 900)));
        approve(kpi, submit(kpi, PARTNER_SEMLEP, "2024/25", "1150", 201));
        approve(kpi, submit(kpi, PARTNER_SEMLEP, "2025/26", "1200", 201));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/" + kpi + "/values")
                .then().body("items.rag", contains("GREEN", "RED"));
    }

    @Test
    void actualsAreReportedByTheOwningPartnerAndReviewedByTheLead() {
        long kpi = createKpi("Businesses accessing support", "INCREASE_IS_GOOD", false, "FINANCIAL_YEAR");
        given().auth().oauth2(TestTokens.partner("partner-uob", "uob")).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 10))
                .when().post("/api/v1/kpis/" + kpi + "/actuals")
                .then().statusCode(403).body("detail", containsString("organisation 'semlep'"));
        long actual = submit(kpi, PARTNER_SEMLEP, "2024/25", "40", 201);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/" + kpi + "/actuals/" + actual)
                .then().statusCode(200)
                .body("submittedBy", equalTo("partner-semlep")).body("organisation", equalTo("semlep"))
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals/" + actual + "/review")
                .then().statusCode(403);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "REJECTED"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals/" + actual + "/review")
                .then().statusCode(422).body("errors[0].field", equalTo("note"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECTED", "note", "Counts referrals, not businesses supported"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals/" + actual + "/review")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reviewedBy", equalTo("lead-bse"));
        assertThat(submit(kpi, PARTNER_SEMLEP, "2024/25", "31", 200)).isEqualTo(actual);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/" + kpi + "/actuals/" + actual)
                .then().body("status", equalTo("SUBMITTED")).body("reviewNote", nullValue());
        approve(kpi, actual);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals/" + actual + "/review")
                .then().statusCode(409);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 50))
                .when().post("/api/v1/kpis/" + kpi + "/actuals")
                .then().statusCode(409).body("detail", containsString("final"));

        var csvAnswer = given().auth().oauth2(TestTokens.viewer()).queryParam("format", "csv")
                .when().get("/api/v1/kpis/" + kpi + "/actuals")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().response();
        String csv = csvAnswer.asString();
        CsvwCheck.describedColumns(csvAnswer, TestTokens.viewer());
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(",2024/25,31,").contains(",APPROVED,partner-semlep,");
    }

    @Test
    void periodsMustBeOfTheKpisFrequency() {
        long kpi = createKpi("People trained", "INCREASE_IS_GOOD", false, "FINANCIAL_QUARTER");
        String etag = given().auth().oauth2(LEAD).when().get("/api/v1/kpis/" + kpi).then().extract().header("ETag");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag)
                .body(List.of(target("2024/25 Q1", 10), target("2024/25", 40), target("2024/25 Q1", 12),
                        target("soon", 1)))
                .when().put("/api/v1/kpis/" + kpi + "/targets")
                .then().statusCode(422)
                .body("errors.field", contains("[1].period", "[2].period", "[3].period"))
                .body("errors.code", contains("wrong_period_type", "duplicate", "unparseable_period"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("period", "2024", "value", 3))
                .when().post("/api/v1/kpis/" + kpi + "/actuals")
                .then().statusCode(422).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("name", "People trained", "unit", "people", "direction", "INCREASE_IS_GOOD",
                        "frequency", "FINANCIAL_MULTI_YEAR"))
                .when().post("/api/v1/workstreams/business-skills-employment/kpis")
                .then().statusCode(422).body("errors[0].field", equalTo("frequency"));
    }

    @Test
    void targetsAreReplacedWholeUnderTheKpisETagAndTheFrequencyThenStays() {
        long kpi = createKpi("Organisations trained", "INCREASE_IS_GOOD", false, "FINANCIAL_YEAR");
        String etag = setTargets(kpi, List.of(target("2024/25", 5), target("2025/26", 8)));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag)
                .body(List.of(target("2025/26", 9)))
                .when().put("/api/v1/kpis/" + kpi + "/targets")
                .then().statusCode(200).body("targets.period", contains("2025/26"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag)
                .body(List.of(target("2025/26", 10)))
                .when().put("/api/v1/kpis/" + kpi + "/targets")
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/" + kpi + "/targets")
                .then().body("period", contains("2025/26")).body("value", contains(9.0f));
        String current = given().auth().oauth2(LEAD).when().get("/api/v1/kpis/" + kpi).then().extract()
                .header("ETag");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", current)
                .body(kpiBody("Organisations trained", "INCREASE_IS_GOOD", false, "FINANCIAL_QUARTER"))
                .when().put("/api/v1/kpis/" + kpi)
                .then().statusCode(409).body("detail", containsString("frequency"));
        given().auth().oauth2(TestTokens.workstreamLead("lead-housing", "housing")).contentType(ContentType.JSON)
                .header("If-Match", current).body(List.of(target("2025/26", 1)))
                .when().put("/api/v1/kpis/" + kpi + "/targets")
                .then().statusCode(403);
    }

    @Test
    void everyKpiValueIsAvailableFlatForBiTools() {
        long kpi = createKpi("Flat values", "INCREASE_IS_GOOD", false, "FINANCIAL_YEAR");
        setTargets(kpi, List.of(target("2024/25", 50)));
        approve(kpi, submit(kpi, PARTNER_SEMLEP, "2024/25", "45", 201));
        given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", "business-skills-employment")
                .queryParam("pageSize", 500)
                .when().get("/api/v1/kpis/values")
                .then().statusCode(200)
                .body("items.find { it.kpiId == " + kpi + " }.rag", equalTo("GREEN"))
                .body("items.find { it.kpiId == " + kpi + " }.computedAt", notNullValue());
        var csvAnswer = given().auth().oauth2(TestTokens.viewer()).accept("text/csv")
                .when().get("/api/v1/kpis/" + kpi + "/values")
                .then().statusCode(200).extract().response();
        String csv = csvAnswer.asString();
        CsvwCheck.describedColumns(csvAnswer, TestTokens.viewer());
        assertThat(csv.lines().toList()).containsExactly(
                "KPI ID,KPI,Workstream,Period,Period start,Target,Actual,Actual status,Compared value,RAG,Reason,"
                        + "Rule version,Computed at",
                csv.lines().toList().get(1));
        assertThat(csv.lines().toList().get(1)).startsWith(kpi + ",Flat values,business-skills-employment,2024/25,"
                + "2024-04-01,50,45,APPROVED,45,GREEN,");
        given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", "nowhere")
                .when().get("/api/v1/kpis/values").then().statusCode(400);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/kpis/424242").then().statusCode(404);
    }

    private static long createKpi(String name, String direction, boolean cumulative, String frequency) {
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(kpiBody(name, direction, cumulative, frequency))
                .when().post("/api/v1/workstreams/business-skills-employment/kpis")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/kpis/"))
                .extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> kpiBody(String name, String direction, boolean cumulative, String frequency) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("unit", "count");
        body.put("direction", direction);
        body.put("cumulative", cumulative);
        body.put("frequency", frequency);
        body.put("ownerOrganisation", "semlep");
        return body;
    }

    private static Map<String, Object> target(String period, double value) {
        return Map.of("period", period, "value", value);
    }

    /** Replaces the targets; answers the KPI's new ETag. */
    private static String setTargets(long kpi, List<Map<String, Object>> targets) {
        String etag = given().auth().oauth2(LEAD).when().get("/api/v1/kpis/" + kpi).then().extract().header("ETag");
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag).body(targets)
                .when().put("/api/v1/kpis/" + kpi + "/targets")
                .then().statusCode(200).body("targets", hasSize(targets.size()))
                .extract().header("ETag");
    }

    private static long submit(long kpi, String token, String period, String value, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("period", period, "value", new BigDecimal(value), "evidence", "Monitoring return"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals")
                .then().statusCode(status).extract().jsonPath().getLong("id");
    }

    private static void approve(long kpi, long actual) {
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals/" + actual + "/review")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }
}
