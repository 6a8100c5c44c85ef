package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
class ActionResourceTest {

    private static final String LEAD = TestTokens.workstreamLead("lead-bse", "business-skills-employment");
    private static final String PARTNER_ELFT = TestTokens.partner("partner-elft", "elft");
    private static final String PARTNER_UOB = TestTokens.partner("partner-uob", "uob");

    @Test
    void aPartnerReportsProgressOnlyOnItsOwnOrganisationsActions() {
        long elftAction = seededAction("business-skills-employment", "elft");
        long lbcAction = seededAction("business-skills-employment", "lbc");
        given().auth().oauth2(PARTNER_ELFT).contentType(ContentType.JSON)
                .body(Map.of("text", "12 people with mental health conditions started the programme",
                        "date", "2024-06-30", "status", "IN_PROGRESS", "rag", "GREEN"))
                .when().post("/api/v1/actions/" + elftAction + "/updates")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/actions/" + elftAction + "/updates/"))
                .body("author", equalTo("partner-elft"))
                .body("organisation", equalTo("elft"))
                .body("date", equalTo("2024-06-30"));
        given().auth().oauth2(PARTNER_UOB).contentType(ContentType.JSON).body(Map.of("text", "Not ours"))
                .when().post("/api/v1/actions/" + elftAction + "/updates")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("organisation 'elft'"));
        given().auth().oauth2(PARTNER_ELFT).contentType(ContentType.JSON).body(Map.of("text", "Not ours either"))
                .when().post("/api/v1/actions/" + lbcAction + "/updates")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("partner-nobody", "partner")).contentType(ContentType.JSON)
                .body(Map.of("text", "No organisation claim"))
                .when().post("/api/v1/actions/" + elftAction + "/updates")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(Map.of("text", "Viewer"))
                .when().post("/api/v1/actions/" + elftAction + "/updates")
                .then().statusCode(403);
        String etag = given().auth().oauth2(PARTNER_ELFT).when().get("/api/v1/actions/" + elftAction).then()
                .body("rag", equalTo("GREEN")).body("status", equalTo("IN_PROGRESS"))
                .extract().header("ETag");
        given().auth().oauth2(PARTNER_ELFT).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Renamed by a partner", "ownerOrganisation", "elft"))
                .when().put("/api/v1/actions/" + elftAction)
                .then().statusCode(403);
    }

    @Test
    void aLeadReportsOnAnyActionOfItsWorkstreamButNotOnOthers() {
        long housingAction = seededAction("housing", "nea");
        long bseAction = seededAction("business-skills-employment", "lbc");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("text", "Reviewed at the sub-group"))
                .when().post("/api/v1/actions/" + bseAction + "/updates")
                .then().statusCode(201);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("text", "Not my workstream"))
                .when().post("/api/v1/actions/" + housingAction + "/updates")
                .then().statusCode(403);
        long housingPlan = given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/actions/" + housingAction)
                .then().extract().jsonPath().getLong("workplanId");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Not my plan", "ownerOrganisation", "lbc"))
                .when().post("/api/v1/workplans/" + housingPlan + "/actions")
                .then().statusCode(403);
    }

    @Test
    void amberAndRedNeedAReasonAndTheFutureCannotBeReported() {
        long action = seededAction("business-skills-employment", "luton-adult-learning");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("text", "Slipping", "rag", "RED"))
                .when().post("/api/v1/actions/" + action + "/updates")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("ragReason"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("text", "Later", "date", LocalDate.now().plusDays(30).toString()))
                .when().post("/api/v1/actions/" + action + "/updates")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("date")).body("errors[0].code", equalTo("in_future"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("text", "Venue lost", "rag", "RED", "ragReason", "The venue closed", "status", "BLOCKED"))
                .when().post("/api/v1/actions/" + action + "/updates")
                .then().statusCode(201).body("rag", equalTo("RED"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/actions/" + action)
                .then().body("rag", equalTo("RED")).body("ragReason", equalTo("The venue closed"))
                .body("status", equalTo("BLOCKED"));
    }

    @Test
    void theProgressLogIsAppendOnlyAndNewestFirst() {
        long action = seededAction("net-zero", "blmk-ics");
        String admin = TestTokens.admin();
        for (String text : List.of("Green plan actions agreed", "First joint workshop held")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/api/v1/actions/" + action + "/updates").then().statusCode(201);
        }
        var log = given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/actions/" + action + "/updates")
                .then().statusCode(200)
                .body("items.text", contains("First joint workshop held", "Green plan actions agreed"))
                .extract().jsonPath();
        long updateId = log.getLong("items[0].id");
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/actions/" + action + "/updates/" + updateId)
                .then().statusCode(200).body("text", equalTo("First joint workshop held"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", "Rewritten"))
                .when().put("/api/v1/actions/" + action + "/updates/" + updateId)
                .then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(admin)
                .when().delete("/api/v1/actions/" + action + "/updates/" + updateId)
                .then().statusCode(405);
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/actions/" + seededAction("housing", "nea") + "/updates/" + updateId)
                .then().statusCode(404);
    }

    @Test
    void ofTwoRacingWritersWithTheSameETagExactlyOneWins() throws Exception {
        long plan = draftPlan("2050/51");
        long action = given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Skills Wallets pilot", "ownerOrganisation", "semlep"))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().auth().oauth2(LEAD).when().get("/api/v1/actions/" + action).then().extract()
                .header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> writer = () -> {
            start.await();
            return given().auth().oauth2(LEAD).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("title", "Skills Wallets pilot, by " + Thread.currentThread().getName(),
                            "ownerOrganisation", "semlep"))
                    .when().put("/api/v1/actions/" + action)
                    .then().extract().statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(writer);
            Future<Integer> second = pool.submit(writer);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void actionsAreValidatedAndTheirReferencesChecked() {
        long plan = draftPlan("2051/52");
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Workplace Adjustment passports");
        body.put("ownerOrganisation", "nobody");
        body.put("startDate", "2024-09-01");
        body.put("dueDate", "2024-06-30");
        body.put("rag", "AMBER");
        body.put("kpiId", 999999);
        body.put("recommendation", "99.9");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(422)
                .body("errors.field", contains("ownerOrganisation", "kpiId", "recommendation", "dueDate", "ragReason"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("ownerOrganisation", "lbc"))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(422).body("errors[0].field", equalTo("title"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Good", "ownerOrganisation", "lbc", "status", "FINISHED"))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aDraftsActionCanBeRemovedWithTheCurrentETag() {
        long plan = draftPlan("2052/53");
        var created = given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Temporary", "ownerOrganisation", "lbc"))
                .when().post("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(LEAD).when().delete("/api/v1/actions/" + id).then().statusCode(428);
        given().auth().oauth2(LEAD).header("If-Match", created.header("ETag"))
                .when().delete("/api/v1/actions/" + id).then().statusCode(204);
        given().auth().oauth2(LEAD).when().get("/api/v1/actions/" + id).then().statusCode(404);
    }

    @Test
    void actionsListWithFlatFiltersAndAsCsv() {
        long plan = draftPlan("2053/54");
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Late, and \"quoted\"", "ownerOrganisation", "uob", "startDate", "2020-01-01",
                        "dueDate", "2020-06-30", "status", "IN_PROGRESS"))
                .when().post("/api/v1/workplans/" + plan + "/actions").then().statusCode(201);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body(Map.of("title", "Late but done", "ownerOrganisation", "uob", "dueDate", "2020-06-30",
                        "status", "COMPLETED"))
                .when().post("/api/v1/workplans/" + plan + "/actions").then().statusCode(201);

        given().auth().oauth2(TestTokens.viewer()).queryParam("workplan", plan).queryParam("overdue", "true")
                .when().get("/api/v1/actions")
                .then().statusCode(200)
                .body("items.title", contains("Late, and \"quoted\""))
                .body("items[0].overdue", equalTo(true));
        given().auth().oauth2(TestTokens.viewer()).queryParam("organisation", "uob").queryParam("status", "COMPLETED")
                .when().get("/api/v1/actions")
                .then().statusCode(200)
                .body("items.ownerOrganisation", everyItem(equalTo("uob")))
                .body("items.status", everyItem(equalTo("COMPLETED")))
                .body("items.title", hasItem("Late but done"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", "housing")
                .queryParam("updatedSince", "2999-01-01")
                .when().get("/api/v1/actions")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.viewer()).queryParam("overdue", "maybe")
                .when().get("/api/v1/actions")
                .then().statusCode(400).body("errors[0].field", equalTo("overdue"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("organisation", "nobody")
                .when().get("/api/v1/actions")
                .then().statusCode(400).body("errors[0].field", equalTo("organisation"));

        var csvAnswer = given().auth().oauth2(TestTokens.viewer()).accept("text/csv").queryParam("workplan", plan)
                .when().get("/api/v1/actions")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().response();
        String csv = csvAnswer.asString();
        CsvwCheck.describedColumns(csvAnswer, TestTokens.viewer());
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("Action ID,Workstream,Year,Workplan ID,Title,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",business-skills-employment,2053/54," + plan
                + ",\"Late, and \"\"quoted\"\"\",")
                .contains(",IN_PROGRESS,").contains(",true,");
        given().auth().oauth2(TestTokens.viewer()).queryParam("format", "csv")
                .when().get("/api/v1/workplans/" + plan + "/actions")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(not(containsString("Late, and \"quoted\"\n")));
    }

    private static long seededAction(String workstream, String owner) {
        return given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", workstream)
                .queryParam("organisation", owner).queryParam("pageSize", 1)
                .when().get("/api/v1/actions")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private static long draftPlan(String year) {
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(Map.of("year", year))
                .when().post("/api/v1/workstreams/business-skills-employment/workplans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
