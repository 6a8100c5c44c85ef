package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** Progress on many actions at once, as a partner's monthly return: the batch rules, row by row. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class ActionUpdateBatchTest {

    private static final String PATH = "/api/v1/actions/updates:batch";
    private static final String PARTNER_ELFT = TestTokens.partner("batch-partner-elft", "elft");

    @Test
    void aReturnWithOneActionThatIsNotTheirsStoresNothingUnlessValidOnlyIsAsked() {
        long ours = seededAction("business-skills-employment", "elft");
        long theirs = seededAction("business-skills-employment", "lbc");
        int before = updateCount(ours);
        String csv = "action,date,text,status,rag,ragReason\r\n"
                + ours + ",2024-07-31,Referral pathway agreed,IN_PROGRESS,,\r\n"
                + ours + ",2024-08-31,\"First cohort, 12 people\",in_progress,AMBER,Two sessions moved\r\n"
                + theirs + ",2024-08-31,Not ours,,,\r\n";

        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv").body(csv).when().post(PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.row", contains(3)).body("errors[0].field", equalTo("action"))
                .body("errors[0].code", equalTo("forbidden"));
        // A dry run counts what the same batch would store: nothing as it is, two rows with VALID_ONLY.
        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv").body(csv).queryParam("dryRun", true)
                .when().post(PATH).then().statusCode(200)
                .body("result", equalTo("DRY_RUN")).body("created", equalTo(0)).body("rejected", equalTo(1));
        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv").body(csv).queryParam("dryRun", true)
                .queryParam("mode", "VALID_ONLY").when().post(PATH).then().statusCode(200)
                .body("result", equalTo("DRY_RUN")).body("created", equalTo(2)).body("rejected", equalTo(1));
        assertThat(updateCount(ours)).as("neither stored anything").isEqualTo(before);

        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv").body(csv).queryParam("mode", "VALID_ONLY")
                .when().post(PATH).then().statusCode(200)
                .body("result", equalTo("COMMITTED")).body("created", equalTo(2))
                .body("actions", contains((int) ours)).body("errors.row", contains(3));
        assertThat(updateCount(ours)).isEqualTo(before + 2);
        given().auth().oauth2(PARTNER_ELFT).when().get("/api/v1/actions/" + ours).then()
                .body("status", equalTo("IN_PROGRESS")).body("rag", equalTo("AMBER"))
                .body("ragReason", equalTo("Two sessions moved"));
        given().auth().oauth2(PARTNER_ELFT).queryParam("pageSize", 100).when()
                .get("/api/v1/actions/" + ours + "/updates").then()
                .body("items.text", hasItems("Referral pathway agreed", "First cohort, 12 people"));
    }

    @Test
    void eachRowIsCheckedAsOneUpdateIsAndBadCellsNameTheirRowAndField() {
        long ours = seededAction("business-skills-employment", "elft");
        given().auth().oauth2(PARTNER_ELFT).contentType(ContentType.JSON)
                .body(List.of(Map.of("action", ours, "text", "Later", "date",
                                LocalDate.now().plusDays(30).toString()),
                        Map.of("action", ours, "text", "Slipping", "rag", "RED"),
                        Map.of("action", 999_999, "text", "No such action"),
                        Map.of("action", ours)))
                .when().post(PATH).then().statusCode(422)
                .body("errors.row", contains(1, 2, 3, 4))
                .body("errors.field", contains("date", "ragReason", "action", "text"))
                .body("errors.code", contains("in_future", "required", "not_found", "required"));
        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv")
                .body("action,date,text,status\r\nabc,2024-07-31,x,\r\n" + ours + ",31/07/2024,x,\r\n"
                        + ours + ",2024-07-31,x,DONE\r\n" + ours + ",2024-07-31\r\n")
                .when().post(PATH).then().statusCode(422)
                .body("errors.row", contains(1, 2, 3, 4))
                .body("errors.code", contains("not_a_number", "not_a_date", "invalid", "columns"));
        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv").body("action,text,colour\r\n1,x,red\r\n")
                .when().post(PATH).then().statusCode(422).body("errors[0].code", equalTo("unknown_column"));
        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv").body("action,text\r\n")
                .when().post(PATH).then().statusCode(422).body("errors[0].code", equalTo("empty"));
        StringBuilder tooMany = new StringBuilder("action,text\r\n");
        for (int i = 0; i <= 5_000; i++) {
            tooMany.append(ours).append(",x\r\n");
        }
        given().auth().oauth2(PARTNER_ELFT).contentType("text/csv").body(tooMany.toString())
                .when().post(PATH).then().statusCode(413);
        given().auth().oauth2(TestTokens.viewer()).contentType("text/csv").body("action,text\r\n1,x\r\n")
                .when().post(PATH).then().statusCode(403);
    }

    private static int updateCount(long action) {
        return given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/actions/" + action + "/updates")
                .then().statusCode(200).extract().jsonPath().getInt("page.totalItems");
    }

    private static long seededAction(String workstream, String owner) {
        return given().auth().oauth2(TestTokens.viewer()).queryParam("workstream", workstream)
                .queryParam("organisation", owner).queryParam("pageSize", 1)
                .when().get("/api/v1/actions")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }
}
