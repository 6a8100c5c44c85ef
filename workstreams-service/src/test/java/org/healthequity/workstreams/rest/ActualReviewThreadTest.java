package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/**
 * An actual's review as partners and leads work it: submitted, returned with a question, answered in its thread,
 * submitted again, approved; nobody approves what they submitted; evidence as titled links.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class ActualReviewThreadTest {

    private static final String LEAD = TestTokens.workstreamLead("lead-bse", "business-skills-employment");
    private static final String OTHER_LEAD = TestTokens.workstreamLead("lead-bse-2", "business-skills-employment");
    private static final String PARTNER_SEMLEP = TestTokens.partner("partner-semlep", "semlep");
    private static final Map<String, String> RETURN_Q4 = Map.of("title", "SEMLEP monitoring return, Q4", "url",
            "https://www.semlep.com/monitoring/q4.pdf");

    @Test
    void submittedReturnedAnsweredResubmittedApproved() {
        long kpi = createKpi("Review thread");
        String actuals = "/api/v1/kpis/" + kpi + "/actuals";
        long actual = given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 40, "evidenceLinks", List.of(RETURN_Q4)))
                .when().post(actuals).then().statusCode(201)
                .body("evidenceLinks[0].title", equalTo("SEMLEP monitoring return, Q4"))
                .body("submissions", equalTo(1)).extract().jsonPath().getLong("id");
        String thread = actuals + "/" + actual + "/comments";
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "RETURNED"))
                .when().post(actuals + "/" + actual + "/review").then().statusCode(422)
                .body("errors[0].field", equalTo("note"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("decision", "RETURNED", "note", "Does 40 count referrals or businesses supported?"))
                .when().post(actuals + "/" + actual + "/review").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post(actuals + "/" + actual + "/review").then().statusCode(409);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("text", "Referrals; businesses supported were 31")).when().post(thread)
                .then().statusCode(201).body("side", equalTo("REPORTER")).body("author", equalTo("partner-semlep"));
        given().auth().oauth2(TestTokens.partner("partner-uob", "uob")).contentType(ContentType.JSON)
                .body(Map.of("text", "Not ours")).when().post(thread).then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).when().get(thread).then().statusCode(200)
                .body("side", equalTo(List.of("REVIEWER", "REPORTER")))
                .body("author", equalTo(List.of("lead-bse", "partner-semlep")))
                .body("[0].text", equalTo("Does 40 count referrals or businesses supported?"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 31, "evidenceLinks", List.of(RETURN_Q4)))
                .when().post(actuals).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submissions", equalTo(2));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post(actuals + "/" + actual + "/review").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("value", equalTo(31));
    }

    @Test
    void nobodyApprovesAnActualTheySubmitted() {
        long kpi = createKpi("Four eyes");
        String actuals = "/api/v1/kpis/" + kpi + "/actuals";
        long actual = given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 5)).when().post(actuals).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post(actuals + "/" + actual + "/review").then().statusCode(403)
                .body("detail", containsString("another lead or an admin approves it"));
        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post(actuals + "/" + actual + "/review").then().statusCode(200);
    }

    @Test
    void evidenceLinksAreTitledWebAddressesAndFew() {
        long kpi = createKpi("Evidence links");
        String actuals = "/api/v1/kpis/" + kpi + "/actuals";
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 5, "evidenceLinks",
                        List.of(Map.of("title", "A file", "url", "javascript:alert(1)"))))
                .when().post(actuals).then().statusCode(422)
                .body("errors[0].field", containsString("evidenceLinks"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 5, "evidenceLinks",
                        List.of(Map.of("title", "", "url", "https://example.org/a"))))
                .when().post(actuals).then().statusCode(422);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(Map.of("period", "2024/25", "value", 5, "evidenceLinks",
                        Collections.nCopies(11, RETURN_Q4)))
                .when().post(actuals).then().statusCode(422);
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(List.of(Map.of("kpi", kpi, "period", "2024/25", "value", 5, "evidenceLinks",
                        List.of(Map.of("title", "Return", "url", "ftp://example.org/a")))))
                .when().post("/api/v1/kpis/actuals:batch").then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("evidenceLinks[0].url"));
        given().auth().oauth2(PARTNER_SEMLEP).contentType(ContentType.JSON)
                .body(List.of(Map.of("kpi", kpi, "period", "2024/25", "value", 5, "evidenceLinks", List.of(RETURN_Q4))))
                .when().post("/api/v1/kpis/actuals:batch").then().statusCode(200);
        given().auth().oauth2(TestTokens.viewer()).when().get(actuals).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].evidenceLinks[0].url", equalTo(RETURN_Q4.get("url")));
    }

    private static long createKpi(String name) {
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("name", name, "unit", "count", "direction", "INCREASE_IS_GOOD", "cumulative", false,
                        "frequency", "FINANCIAL_YEAR", "ownerOrganisation", "semlep"))
                .when().post("/api/v1/workstreams/business-skills-employment/kpis")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
