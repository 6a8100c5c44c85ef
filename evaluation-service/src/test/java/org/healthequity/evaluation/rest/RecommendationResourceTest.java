package org.healthequity.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.healthequity.testing.CsvwCheck;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class RecommendationResourceTest {

    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void sourcesBackUp() {
        SourcesStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void theSeedsSixRecommendationsAreProposedWithAHistoryEntry() {
        var listing = given().auth().oauth2(TestTokens.viewer()).queryParam("evaluation", 1)
                .when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("items.findAll { it.createdBy == 'system' }", hasSize(6))
                .body("items[0].text", equalTo("Ensure system-wide clarity and strengthening of governance and "
                        + "accountability."))
                .body("items[3].principle", equalTo(7))
                .body("items.findAll { it.createdBy == 'system' }.status", everyItem(equalTo("PROPOSED")))
                .extract().jsonPath();
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/recommendations/" + listing.getLong("items[0].id") + "/status-history")
                .then().statusCode(200)
                .body("to", contains("PROPOSED"))
                .body("[0].from", nullValue())
                .body("[0].reason", equalTo("Recommended by the Health Equity Town evaluation"));
    }

    @Test
    void aRecommendationIsTrackedToDoneStepByStepWithADatedHistory() {
        long id = create(Map.of("text", "Publish the annual progress report", "ownerOrganisation", "lbc",
                "workstream", "housing", "principle", 5, "dueDate", TODAY.plusYears(1).toString()));
        transition(id, "ACCEPTED", null, TODAY.toString()).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("availableTransitions", contains("IN_PROGRESS", "NOT_TAKEN_FORWARD"));
        transition(id, "IN_PROGRESS", "Drafting started", null).statusCode(200);
        transition(id, "IMPLEMENTED", "Published", null).statusCode(200)
                .body("status", equalTo("IMPLEMENTED")).body("availableTransitions", empty())
                .body("statusDate", equalTo(TODAY.toString()));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/" + id + "/status-history")
                .then().statusCode(200)
                .body("from", contains(null, "PROPOSED", "ACCEPTED", "IN_PROGRESS"))
                .body("to", contains("PROPOSED", "ACCEPTED", "IN_PROGRESS", "IMPLEMENTED"))
                .body("changedBy", everyItem(equalTo("evaluator")))
                .body("effectiveDate", everyItem(notNullValue()))
                .body("[3].reason", equalTo("Published"));
        transition(id, "NOT_TAKEN_FORWARD", "Too late", null).statusCode(409)
                .body("detail", containsString("it is final"));
    }

    @ParameterizedTest(name = "{1} from {0} is refused")
    @CsvSource({ "PROPOSED, IN_PROGRESS", "PROPOSED, IMPLEMENTED", "PROPOSED, PROPOSED", "ACCEPTED, IMPLEMENTED",
            "ACCEPTED, PROPOSED", "IN_PROGRESS, ACCEPTED", "IMPLEMENTED, IN_PROGRESS", "NOT_TAKEN_FORWARD, ACCEPTED" })
    void illegalTransitionsAreConflictsAndChangeNothing(String from, String to) {
        long id = create(Map.of("text", "A recommendation to move"));
        List<String> path = switch (from) {
            case "PROPOSED" -> List.of();
            case "ACCEPTED" -> List.of("ACCEPTED");
            case "IN_PROGRESS" -> List.of("ACCEPTED", "IN_PROGRESS");
            case "IMPLEMENTED" -> List.of("ACCEPTED", "IN_PROGRESS", "IMPLEMENTED");
            default -> List.of("NOT_TAKEN_FORWARD");
        };
        path.forEach(step -> transition(id, step, "Reason", null).statusCode(200));
        transition(id, to, "Reason", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("A " + from + " recommendation cannot become " + to));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/" + id + "/status-history")
                .then().body("", hasSize(path.size() + 1));
    }

    @Test
    void notTakenForwardNeedsAReasonAndDatesMustBeInOrder() {
        long id = create(Map.of("text", "Dated moves"));
        transition(id, "NOT_TAKEN_FORWARD", " ", null).statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        transition(id, "ACCEPTED", null, TODAY.plusDays(3).toString()).statusCode(422)
                .body("errors[0].code", equalTo("in_future"));
        transition(id, "ACCEPTED", null, TODAY.minusYears(30).toString()).statusCode(422)
                .body("errors[0].code", equalTo("before_last_change"));
        transition(id, "NOT_TAKEN_FORWARD", "Superseded by the new Local Plan", null).statusCode(200)
                .body("statusReason", equalTo("Superseded by the new Local Plan"));
    }

    @Test
    void slugsAreCheckedWithWorkstreamsServiceAndNothingIsSavedWhenItIsDown() {
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Unknown owner", "ownerOrganisation", "nobody", "workstream", "transport"))
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(422)
                .body("errors.field", contains("ownerOrganisation", "workstream"))
                .body("errors.code", contains("unknown_organisation", "unknown_workstream"));
        int before = count();
        SourcesStub.down(SourcesStub.workstreams);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Cannot be checked now", "ownerOrganisation", "lbc"))
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("nothing was saved"));
        assertThat(count()).isEqualTo(before);
        SourcesStub.workstreams.verify(getRequestedFor(urlEqualTo("/api/v1/organisations/lbc"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void evaluatorsAndAdminsWriteOthersRead() {
        Map<String, Object> body = Map.of("text", "Who may write");
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evaluations/1/recommendations").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("partner-elft", "elft")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evaluations/1/recommendations").then().statusCode(403);
        given().auth().oauth2(TestTokens.workstreamLead("lead-housing", "housing")).contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED"))
                .when().post("/api/v1/recommendations/1/transitions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evaluations/1/recommendations").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evaluations/1/recommendations").then().statusCode(201);
    }

    @Test
    void contentUpdatesNeedTheCurrentETagAndInvalidOnesNameEachField() {
        long id = create(Map.of("text", "Original wording"));
        String etag = given().auth().oauth2(EVALUATOR).when().get("/api/v1/recommendations/" + id).then()
                .extract().header("ETag");
        Map<String, Object> change = new HashMap<>(Map.of("text", "Clearer wording", "dueDate", "2026-03-31"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/recommendations/" + id).then().statusCode(428);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put("/api/v1/recommendations/" + id)
                .then().statusCode(200).body("text", equalTo("Clearer wording"))
                .body("status", equalTo("PROPOSED"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put("/api/v1/recommendations/" + id).then().statusCode(412);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("text", " ", "principle", 12, "dueDate", "31/03/2026"))
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(Map.of("text", " ", "principle", 12))
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(422).body("errors.field", contains("principle", "text"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(Map.of("text", "x"))
                .when().post("/api/v1/evaluations/999/recommendations").then().statusCode(404);
    }

    @Test
    void ofTwoRacingTransitionsWithTheSameETagExactlyOneWins() throws Exception {
        long id = create(Map.of("text", "Raced"));
        String etag = given().auth().oauth2(EVALUATOR).when().get("/api/v1/recommendations/" + id).then()
                .extract().header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> mover = () -> {
            start.await();
            return given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("status", "ACCEPTED"))
                    .when().post("/api/v1/recommendations/" + id + "/transitions").then().extract().statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(mover);
            Future<Integer> second = pool.submit(mover);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/recommendations/" + id + "/status-history")
                .then().body("to", contains("PROPOSED", "ACCEPTED"));
    }

    @Test
    void recommendationsListAsCsvWithTheirCurrentStatus() {
        long id = create(Map.of("text", "Listed, with \"quotes\"", "ownerOrganisation", "elft",
                "dueDate", "2020-01-31"));
        transition(id, "ACCEPTED", null, null).statusCode(200);
        given().auth().oauth2(TestTokens.viewer()).queryParam("organisation", "elft").queryParam("overdue", "true")
                .when().get("/api/v1/recommendations")
                .then().statusCode(200).body("items.id", contains((int) id)).body("items[0].overdue", equalTo(true));
        var csvAnswer = given().auth().oauth2(TestTokens.viewer()).queryParam("format", "csv")
                .queryParam("organisation", "elft")
                .when().get("/api/v1/recommendations")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().response();
        String csv = csvAnswer.asString();
        CsvwCheck.describedColumns(csvAnswer, TestTokens.viewer());
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Recommendation ID,Evaluation ID,Recommendation,Owner organisation,Due date,"
                + "Principle,Workstream,Status,Status date,Status reason,Overdue,Updated at,Updated by");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(id + ",1,\"Listed, with \"\"quotes\"\"\",elft,"
                + "2020-01-31,,,ACCEPTED," + TODAY + ",,true,"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("status", "DONE")
                .when().get("/api/v1/recommendations").then().statusCode(400);
    }

    private static int count() {
        return given().auth().oauth2(TestTokens.viewer()).queryParam("pageSize", 1)
                .when().get("/api/v1/recommendations").then().extract().path("page.totalItems");
    }

    private static long create(Map<String, Object> body) {
        return given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evaluations/1/recommendations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/recommendations/"))
                .body("status", equalTo("PROPOSED"))
                .extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse transition(long id, String status, String reason, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (date != null) {
            body.put("date", date);
        }
        return given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recommendations/" + id + "/transitions").then();
    }
}
