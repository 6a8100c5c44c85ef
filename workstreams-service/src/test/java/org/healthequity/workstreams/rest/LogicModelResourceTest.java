package org.healthequity.workstreams.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class LogicModelResourceTest {

    private static final String NET_ZERO = "/api/v1/workstreams/net-zero/logic-models";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void indicatorsServiceBackUp() {
        IndicatorsStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void theBusinessSkillsAndEmploymentModelIsSeededAsTheSeedStatesIt() {
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/workstreams/business-skills-employment/logic-models/current")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("APPROVED"))
                .body("content.hypothesis", equalTo("Increasing the availability of good quality work and the "
                        + "employability of the local population to take on these jobs will improve health outcomes."))
                .body("content.assumptions[0]", equalTo("Target groups will take up employments skills training"))
                .body("content.inputs", contains("Marmot report recommendations", "Staff Time", "Funding",
                        "Business and employment skills strategy"))
                .body("content.activities", hasSize(15))
                .body("content.activities[0].title", equalTo("ELFT/Total wellbeing Luton - workplace wellbeing offer"))
                .body("content.activities[0].leadOrganisation", equalTo("elft"))
                .body("content.activities[6].leadOrganisation", equalTo("uob"))
                .body("content.activities[14].title", equalTo("Luton 2040 pledges for businesses"))
                .body("content.outputs", hasSize(6))
                .body("content.outputs.kpiId", everyItem(notNullValue()))
                .body("content.outputs[2].measure",
                        equalTo("Number of people registering with/seeking employment via Connect 2 Luton"))
                .body("content.outcomes.statement[0]", equalTo("Luton employment rate"))
                .body("content.outcomes.indicatorIds.flatten()", contains(92313, 900109, 900108, 900116, 900106))
                .body("content.barriers", hasSize(4))
                .body("content.context", containsString("published in September 2022"));
    }

    @Test
    void aDraftIsEditedInPlaceThenApprovedAndEditingTheApprovedOneStartsTheNextVersion() {
        String lead = TestTokens.workstreamLead("lead-net-zero", "net-zero");
        var created = given().auth().oauth2(lead).contentType(ContentType.JSON).body(model("Version one"))
                .when().post(NET_ZERO)
                .then().statusCode(201)
                .header("Location", endsWith(NET_ZERO + "/1"))
                .body("version", equalTo(1)).body("status", equalTo("DRAFT"))
                .extract();
        String etag = created.header("ETag");

        given().auth().oauth2(lead).contentType(ContentType.JSON).body(model("Another draft"))
                .when().post(NET_ZERO)
                .then().statusCode(409);

        etag = given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag)
                .body(model("Version one, revised"))
                .when().put(NET_ZERO + "/1")
                .then().statusCode(200)
                .body("version", equalTo(1)).body("content.hypothesis", equalTo("Version one, revised"))
                .extract().header("ETag");

        etag = given().auth().oauth2(lead).header("If-Match", etag)
                .when().post(NET_ZERO + "/1/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("lead-net-zero"))
                .extract().header("ETag");

        var second = given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag)
                .body(model("Version two"))
                .when().put(NET_ZERO + "/1")
                .then().statusCode(201)
                .header("Location", endsWith(NET_ZERO + "/2"))
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"))
                .extract();
        given().auth().oauth2(TestTokens.viewer()).when().get(NET_ZERO + "/1")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("content.hypothesis", equalTo("Version one, revised"));
        given().auth().oauth2(TestTokens.viewer()).when().get(NET_ZERO + "/current")
                .then().body("version", equalTo(1));

        given().auth().oauth2(lead).header("If-Match", second.header("ETag"))
                .when().post(NET_ZERO + "/2/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(TestTokens.viewer()).when().get(NET_ZERO)
                .then().statusCode(200)
                .body("items.version", contains(2, 1))
                .body("items.status", contains("APPROVED", "SUPERSEDED"));
        given().auth().oauth2(TestTokens.viewer()).when().get(NET_ZERO + "/current")
                .then().body("version", equalTo(2)).body("content.hypothesis", equalTo("Version two"));

        String oldEtag = given().auth().oauth2(TestTokens.viewer()).when().get(NET_ZERO + "/1").then()
                .extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", oldEtag).body(model("Rewrite"))
                .when().put(NET_ZERO + "/1")
                .then().statusCode(409)
                .body("detail", containsString("Only the latest version (2)"));
        given().auth().oauth2(lead).header("If-Match", oldEtag)
                .when().post(NET_ZERO + "/1/approval")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.viewer()).when().get(NET_ZERO + "/9")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void editsNeedTheCurrentETag() {
        String lead = TestTokens.workstreamLead("lead-cyp", "children-young-people");
        String path = "/api/v1/workstreams/children-young-people/logic-models";
        String etag = given().auth().oauth2(lead).contentType(ContentType.JSON).body(model("Raising aspirations"))
                .when().post(path).then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(model("No precondition"))
                .when().put(path + "/1").then().statusCode(428);
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag).body(model("First"))
                .when().put(path + "/1").then().statusCode(200);
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag).body(model("Stale"))
                .when().put(path + "/1").then().statusCode(412);
        given().auth().oauth2(lead).header("If-Match", etag)
                .when().post(path + "/1/approval").then().statusCode(412);
    }

    @Test
    void unknownOutcomeIndicatorsAreNamedAndNothingIsSaved() {
        String lead = TestTokens.workstreamLead("lead-housing", "housing");
        Map<String, Object> body = model("Healthy homes", List.of(
                Map.of("statement", "Fuel poverty", "indicatorIds", List.of(90366)),
                Map.of("statement", "Homelessness", "indicatorIds", List.of(92443, 999001))));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams/housing/logic-models")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("outcomes[1].indicatorIds[1]"))
                .body("errors[0].code", equalTo("unknown_indicator"))
                .body("errors[0].message", containsString("999001"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workstreams/housing/logic-models")
                .then().body("items", hasSize(0));
        IndicatorsStub.server.verify(getRequestedFor(urlEqualTo("/api/v1/indicators/999001"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void whenIndicatorsServiceIsDownTheAnswerIs503AndNothingIsSaved() {
        IndicatorsStub.down();
        String lead = TestTokens.workstreamLead("lead-housing", "housing");
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(model("Healthy homes", List.of(Map.of("statement", "Fuel poverty", "indicatorIds",
                        List.of(90366)))))
                .when().post("/api/v1/workstreams/housing/logic-models")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hes:problem:service-unavailable"))
                .body("detail", containsString("nothing was saved"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workstreams/housing/logic-models")
                .then().body("items", hasSize(0));
    }

    @Test
    void localReferencesAreCheckedToo() {
        String lead = TestTokens.workstreamLead("lead-housing", "housing");
        long bseKpi = given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/workstreams/business-skills-employment/kpis")
                .then().extract().jsonPath().getLong("items[0].id");
        Map<String, Object> body = Map.of("hypothesis", "Warm homes",
                "activities", List.of(Map.of("title", "Fuel poverty project", "leadOrganisation", "nea"),
                        Map.of("title", "Unknown partner", "leadOrganisation", "nobody")),
                "outputs", List.of(Map.of("measure", "Homes insulated", "kpiId", bseKpi)));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams/housing/logic-models")
                .then().statusCode(422)
                .body("errors.field", contains("activities[1].leadOrganisation", "outputs[0].kpiId"));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("assumptions", List.of(" ")))
                .when().post("/api/v1/workstreams/housing/logic-models")
                .then().statusCode(422)
                .body("errors.field", contains("assumptions[0]", "hypothesis"));
    }

    @Test
    void onlyTheWorkstreamsOwnLeadsOrAnAdminEditIt() {
        Map<String, Object> body = model("Not mine");
        given().auth().oauth2(TestTokens.workstreamLead("lead-housing", "housing")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/workstreams/business-skills-employment/logic-models")
                .then().statusCode(403)
                .body("detail", containsString("business-skills-employment"));
        given().auth().oauth2(TestTokens.partner("partner-elft", "elft")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams/business-skills-employment/logic-models")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams/business-skills-employment/logic-models")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams/business-skills-employment/logic-models")
                .then().statusCode(401);
        given().when().get("/api/v1/workstreams/business-skills-employment/logic-models")
                .then().statusCode(401);
    }

    @Test
    void unknownWorkstreamsAndMissingApprovedModelsAreNotFound() {
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/workstreams/nowhere/logic-models")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/workstreams/housing/logic-models/current")
                .then().statusCode(404)
                .body("detail", containsString("no approved logic model"))
                .body("errors", nullValue());
    }

    private static Map<String, Object> model(String hypothesis) {
        return model(hypothesis, List.of(Map.of("statement", "Air quality", "indicatorIds", List.of(92443))));
    }

    private static Map<String, Object> model(String hypothesis, List<Map<String, Object>> outcomes) {
        return Map.of("hypothesis", hypothesis,
                "assumptions", List.of("Partners take part"),
                "inputs", List.of("Staff Time"),
                "activities", List.of(Map.of("title", "Air Quality Champions", "leadOrganisation", "lbc")),
                "outputs", List.of(Map.of("measure", "Front-line staff trained")),
                "outcomes", outcomes,
                "barriers", List.of("Capacity to deliver at desired pace"));
    }
}
