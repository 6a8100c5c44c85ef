package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class WorkplanResourceTest {

    private static final String LEAD = TestTokens.workstreamLead("lead-housing", "housing");
    /** Years for the plans of the parameterised test, clear of those the other tests use. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2100);

    @Test
    void theSeededWorkplansAreDraftsWithTheSeedsPrioritiesAndActions() {
        var plans = given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/workstreams/housing/workplans")
                .then().statusCode(200).extract().jsonPath();
        long id = plans.getLong("items.find { it.year == '2024/25' }.id");
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workplans/" + id)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("Housing workplan 2024/25"))
                .body("start", equalTo("2024-04-01")).body("end", equalTo("2025-03-31"))
                .body("priorities", contains("Delivering Healthy housing and Promotion", "Housing Conditions (PRS)",
                        "Housing Security and Support", "Refresh of Local Plan"))
                .body("availableTransitions", contains("SUBMIT"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workplans/" + id + "/actions")
                .then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.ownerOrganisation", hasItems("lbc", "nea"))
                .body("items.find { it.ownerOrganisation == 'nea' }.title", containsString("NEA"));
    }

    @Test
    void theFullLifecycleRecordsWhoDidWhatAndWhen() {
        long id = newPlanWithAction("2030/31");
        transition(id, LEAD, "SUBMIT", null).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("lead-housing"))
                .body("availableTransitions", contains("RETURN", "SIGN_OFF"));
        transition(id, TestTokens.admin(), "RETURN", "Priorities need owners").statusCode(200)
                .body("status", equalTo("DRAFT")).body("submittedBy", nullValue());
        transition(id, LEAD, "SUBMIT", null).statusCode(200);
        transition(id, TestTokens.admin(), "SIGN_OFF", "Signed off at the October board").statusCode(200)
                .body("status", equalTo("SIGNED_OFF"))
                .body("signedOffBy", equalTo("admin")).body("signedOffAt", notNullValue())
                .body("availableTransitions", contains("CLOSE"));
        transition(id, LEAD, "CLOSE", null).statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedBy", equalTo("lead-housing"))
                .body("availableTransitions", empty());
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workplans/" + id + "/transitions")
                .then().statusCode(200)
                .body("action", contains("SUBMIT", "RETURN", "SUBMIT", "SIGN_OFF", "CLOSE"))
                .body("from", contains("DRAFT", "SUBMITTED", "DRAFT", "SUBMITTED", "SIGNED_OFF"))
                .body("to", contains("SUBMITTED", "DRAFT", "SUBMITTED", "SIGNED_OFF", "CLOSED"))
                .body("performedBy", contains("lead-housing", "admin", "lead-housing", "admin", "lead-housing"))
                .body("[1].comment", equalTo("Priorities need owners"));
    }

    @ParameterizedTest(name = "{1} from {0} is refused")
    @CsvSource({
            "DRAFT, SIGN_OFF", "DRAFT, RETURN", "DRAFT, CLOSE",
            "SUBMITTED, SUBMIT", "SUBMITTED, CLOSE",
            "SIGNED_OFF, SUBMIT", "SIGNED_OFF, SIGN_OFF", "SIGNED_OFF, RETURN",
            "CLOSED, SUBMIT", "CLOSED, RETURN", "CLOSED, SIGN_OFF", "CLOSED, CLOSE" })
    void everyIllegalTransitionIsAConflict(String from, String action) {
        long id = planIn(from);
        transition(id, TestTokens.admin(), action, "A reason").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is " + from + ", so " + action + " is not allowed"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workplans/" + id)
                .then().body("status", equalTo(from));
    }

    @Test
    void whoMayMoveTheStatus() {
        long id = newPlanWithAction("2031/32");
        transition(id, TestTokens.workstreamLead("lead-net-zero", "net-zero"), "SUBMIT", null).statusCode(403);
        transition(id, TestTokens.partner("partner-nea", "nea"), "SUBMIT", null).statusCode(403);
        transition(id, LEAD, "SUBMIT", null).statusCode(200);
        transition(id, LEAD, "SIGN_OFF", null).statusCode(403)
                .body("detail", containsString("Only an admin may sign a workplan off"));
        transition(id, LEAD, "RETURN", "Not ready").statusCode(403);
        transition(id, TestTokens.admin(), "RETURN", " ").statusCode(422)
                .body("errors[0].field", equalTo("comment"));
    }

    @Test
    void aWorkplanNeedsAnActionBeforeItIsSubmitted() {
        long id = createPlan("2032/33");
        transition(id, LEAD, "SUBMIT", null).statusCode(409).body("detail", containsString("at least one action"));
    }

    @Test
    void aSubmittedPlansContentIsReadOnlyButItsActionsProgressUntilItCloses() {
        long id = newPlanWithAction("2033/34");
        long action = given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workplans/" + id + "/actions")
                .then().extract().jsonPath().getLong("items[0].id");
        transition(id, LEAD, "SUBMIT", null).statusCode(200);
        transition(id, TestTokens.admin(), "SIGN_OFF", null).statusCode(200);

        String planTag = given().auth().oauth2(LEAD).when().get("/api/v1/workplans/" + id).then().extract()
                .header("ETag");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", planTag)
                .body(Map.of("year", "2033/34", "priorities", List.of("A new priority")))
                .when().put("/api/v1/workplans/" + id)
                .then().statusCode(409).body("detail", containsString("read-only"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(action("Another action"))
                .when().post("/api/v1/workplans/" + id + "/actions")
                .then().statusCode(409);

        String actionTag = given().auth().oauth2(LEAD).when().get("/api/v1/actions/" + action).then().extract()
                .header("ETag");
        Map<String, Object> retitled = new HashMap<>(action("Renamed"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", actionTag).body(retitled)
                .when().put("/api/v1/actions/" + action)
                .then().statusCode(409).body("detail", containsString("would change title"));
        Map<String, Object> progressed = new HashMap<>(action("First action"));
        progressed.put("status", "IN_PROGRESS");
        progressed.put("rag", "AMBER");
        progressed.put("ragReason", "Waiting for funding");
        actionTag = given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", actionTag)
                .body(progressed)
                .when().put("/api/v1/actions/" + action)
                .then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("rag", equalTo("AMBER"))
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.partner("partner-nea", "nea")).contentType(ContentType.JSON)
                .body(Map.of("text", "Sessions booked", "status", "COMPLETED", "rag", "GREEN"))
                .when().post("/api/v1/actions/" + action + "/updates")
                .then().statusCode(201);

        transition(id, LEAD, "CLOSE", null).statusCode(200);
        given().auth().oauth2(TestTokens.partner("partner-nea", "nea")).contentType(ContentType.JSON)
                .body(Map.of("text", "One more thing"))
                .when().post("/api/v1/actions/" + action + "/updates")
                .then().statusCode(409).body("detail", containsString("closed"));
    }

    @Test
    void theYearIsAFinancialYearAndUniquePerWorkstream() {
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("year", "2034"))
                .when().post("/api/v1/workstreams/housing/workplans")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("year")).body("errors[0].code", equalTo("wrong_period_type"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("year", "next year"))
                .when().post("/api/v1/workstreams/housing/workplans")
                .then().statusCode(422).body("errors[0].code", equalTo("unparseable_period"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("year", "2024/25"))
                .when().post("/api/v1/workstreams/housing/workplans")
                .then().statusCode(409);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("year", "2034/35", "title", "Warm homes 2034/35"))
                .when().post("/api/v1/workstreams/housing/workplans")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/workplans/"))
                .body("title", equalTo("Warm homes 2034/35")).body("status", equalTo("DRAFT"));
        given().auth().oauth2(TestTokens.workstreamLead("lead-net-zero", "net-zero")).contentType(ContentType.JSON)
                .body(Map.of("year", "2035/36"))
                .when().post("/api/v1/workstreams/housing/workplans")
                .then().statusCode(403);
    }

    @Test
    void aDraftsPrioritiesChangeWithTheCurrentETag() {
        long id = createPlan("2036/37");
        String etag = given().auth().oauth2(LEAD).when().get("/api/v1/workplans/" + id).then().extract()
                .header("ETag");
        Map<String, Object> body = Map.of("year", "2036/37", "priorities", List.of("Housing Conditions (PRS)"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/workplans/" + id).then().statusCode(428);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/workplans/" + id)
                .then().statusCode(200).body("priorities", contains("Housing Conditions (PRS)"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/workplans/" + id).then().statusCode(412);
        given().auth().oauth2(LEAD).when().get("/api/v1/workplans/999999").then().statusCode(404);
    }

    /** A housing workplan brought to the given status by legal moves. */
    private static long planIn(String status) {
        int year = NEXT_YEAR.getAndIncrement();
        return advance(newPlanWithAction(year + "/" + String.format("%02d", (year + 1) % 100)), status);
    }

    private static long advance(long id, String status) {
        List<String> path = switch (status) {
            case "DRAFT" -> List.of();
            case "SUBMITTED" -> List.of("SUBMIT");
            case "SIGNED_OFF" -> List.of("SUBMIT", "SIGN_OFF");
            default -> List.of("SUBMIT", "SIGN_OFF", "CLOSE");
        };
        for (String step : path) {
            transition(id, TestTokens.admin(), step, null).statusCode(200);
        }
        return id;
    }

    private static long newPlanWithAction(String year) {
        long id = createPlan(year);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(action("First action"))
                .when().post("/api/v1/workplans/" + id + "/actions")
                .then().statusCode(201).header("Location", containsString("/api/v1/actions/"));
        return id;
    }

    private static long createPlan(String year) {
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("year", year, "priorities", List.of("Housing Security and Support")))
                .when().post("/api/v1/workstreams/housing/workplans")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> action(String title) {
        return Map.of("title", title, "ownerOrganisation", "nea", "startDate", "2024-04-01",
                "dueDate", "2099-03-31");
    }

    private static ValidatableResponse transition(long id, String token, String action,
            String comment) {
        Map<String, Object> body = comment == null ? Map.of("action", action)
                : Map.of("action", action, "comment", comment);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workplans/" + id + "/transitions")
                .then();
    }
}
