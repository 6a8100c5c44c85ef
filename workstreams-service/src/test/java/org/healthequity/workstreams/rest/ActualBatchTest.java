package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** KPI actuals reported many at once: JSON or CSV, dry runs, all or nothing, or the valid rows only. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class ActualBatchTest {

    private static final String BATCH = "/api/v1/kpis/actuals:batch";
    private static final String LEAD = TestTokens.workstreamLead("lead-bse", "business-skills-employment");
    private static final String PARTNER_SEMLEP = TestTokens.partner("partner-semlep", "semlep");

    @Test
    void aDryRunCountsWhatABatchWouldStoreAndStoresNothing() {
        long first = createKpi("Batch dry run one", "semlep");
        long second = createKpi("Batch dry run two", "semlep");
        List<Map<String, Object>> rows = List.of(row(first, "2023/24", "12"), row(first, "2024/25", "14"),
                row(second, "2024/25", "3"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(rows).queryParam("dryRun", true)
                .when().post(BATCH).then().statusCode(200)
                .body("result", equalTo("DRY_RUN")).body("rowsRead", equalTo(3)).body("created", equalTo(3))
                .body("rejected", equalTo(0)).body("errors", empty());
        actuals(first).body("items", empty());
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(rows)
                .when().post(BATCH).then().statusCode(200)
                .body("result", equalTo("COMMITTED")).body("created", equalTo(3)).body("updated", equalTo(0))
                .body("kpis", containsInAnyOrder((int) first, (int) second));
        actuals(first).body("items.period", containsInAnyOrder("2023/24", "2024/25"))
                .body("items.status", containsInAnyOrder("SUBMITTED", "SUBMITTED"))
                .body("items.submittedBy", containsInAnyOrder("partner-semlep", "partner-semlep"));
        // Reported again: the actuals not yet approved are replaced, and go back to review.
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(List.of(row(second, "2024/25", "4")))
                .when().post(BATCH).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));
    }

    @Test
    void oneBadRowAndNothingIsStoredUnlessValidOnlyIsAsked() {
        long kpi = createKpi("Batch all or nothing", "semlep");
        long othersKpi = createKpi("Batch another partner's", "elft");
        List<Map<String, Object>> rows = List.of(row(kpi, "2023/24", "1"), row(kpi, "2023-24-Q9", "2"),
                row(othersKpi, "2023/24", "3"), row(999_999, "2023/24", "4"), row(kpi, "2023/24", "5"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(rows)
                .when().post(BATCH).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("4 of 5 row(s) refused; nothing was stored"))
                .body("errors.row", equalTo(List.of(2, 3, 4, 5)))
                .body("errors.field", equalTo(List.of("period", "kpi", "kpi", "period")))
                .body("errors.code", equalTo(List.of("unparseable_period", "forbidden", "not_found", "duplicate")));
        actuals(kpi).body("items", empty());
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(rows).queryParam("mode", "VALID_ONLY")
                .when().post(BATCH).then().statusCode(200)
                .body("result", equalTo("COMMITTED")).body("created", equalTo(1)).body("rejected", equalTo(4))
                .body("errors", hasSize(4));
        actuals(kpi).body("items.value", equalTo(List.of(1)));
        actuals(othersKpi).body("items", empty());
    }

    @Test
    void anApprovedActualIsFinalInABatchToo() {
        long kpi = createKpi("Batch approved is final", "semlep");
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(List.of(row(kpi, "2023/24", "7")))
                .when().post(BATCH).then().statusCode(200);
        long actual = actuals(kpi).extract().jsonPath().getLong("items[0].id");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/kpis/" + kpi + "/actuals/" + actual + "/review").then().statusCode(200);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(List.of(row(kpi, "2023/24", "8")))
                .when().post(BATCH).then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].code", equalTo("final"));
    }

    @Test
    void aCsvWithItsColumnsInAnyOrderIsReadAndItsBadCellsNamed() {
        long kpi = createKpi("Batch CSV", "semlep");
        String csv = "Period,Value,KPI,Evidence\r\n2023/24,10," + kpi + ",\"Return, Q4\"\r\n2024/25,abc," + kpi
                + ",\r\n";
        given().auth().oauth2(PARTNER_SEMLEP).contentType("text/csv").body(csv).queryParam("mode", "VALID_ONLY")
                .when().post(BATCH).then().statusCode(200)
                .body("created", equalTo(1)).body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("value")).body("errors[0].code", equalTo("not_a_number"));
        actuals(kpi).body("items.evidence", equalTo(List.of("Return, Q4")));
        given().auth().oauth2(PARTNER_SEMLEP).contentType("text/csv").body("kpi,period,value,colour\n1,2023/24,1,red\n")
                .when().post(BATCH).then().statusCode(422).body("errors[0].field", equalTo("colour"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType("text/csv").body("kpi,value\n1,1\n")
                .when().post(BATCH).then().statusCode(422).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType("text/csv").body("kpi,period,value\n\"1,2023/24,1\n")
                .when().post(BATCH).then().statusCode(400);
    }

    @Test
    void readersMayNotReportAndBadBatchesAreProblems() {
        given().contentType(ContentType.JSON).body(List.of()).when().post(BATCH).then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(List.of())
                .when().post(BATCH).then().statusCode(403);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body(List.of())
                .when().post(BATCH).then().statusCode(422).body("errors[0].code", equalTo("empty"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body("[{\"kpi\":1,\"colour\":\"red\"}]")
                .when().post(BATCH).then().statusCode(422);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).body("[{\"kpi\":1,,}]")
                .when().post(BATCH).then().statusCode(400);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON).queryParam("mode", "SOME")
                .body(List.of()).when().post(BATCH).then().statusCode(400).body("errors[0].field", equalTo("mode"));
        StringBuilder tooMany = new StringBuilder("kpi,period,value\n");
        for (int i = 0; i <= 5_000; i++) {
            tooMany.append("1,2023/24,1\n");
        }
        given().auth().oauth2(PARTNER_SEMLEP).contentType("text/csv").body(tooMany.toString())
                .when().post(BATCH).then().statusCode(413);
    }

    private static Map<String, Object> row(long kpi, String period, String value) {
        return Map.of("kpi", kpi, "period", period, "value", new BigDecimal(value), "evidence",
                "Monitoring return");
    }

    private static ValidatableResponse actuals(long kpi) {
        return given().auth().oauth2(TestTokens.viewer()).queryParam("pageSize", 100)
                .when().get("/api/v1/kpis/" + kpi + "/actuals").then().statusCode(200);
    }

    private static long createKpi(String name, String owner) {
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("name", name, "unit", "count", "direction", "INCREASE_IS_GOOD", "cumulative", false,
                        "frequency", "FINANCIAL_YEAR", "ownerOrganisation", owner))
                .when().post("/api/v1/workstreams/business-skills-employment/kpis")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
