package org.healthequity.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** Evaluation content's change feed: the seed, a write and a deletion, for signed-in readers only. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class ChangeFeedTest {

    private static final String FEED = "/api/v1/changes/evaluation";
    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");

    @Test
    void anAchievementWrittenAndDeletedIsAnUpsertThenADeletion() {
        List<String> before = read();
        assertThat(before).anyMatch(event -> event.startsWith("recommendation "))
                .anyMatch(event -> event.startsWith("evaluation "));
        int id = given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("programme", "Health Equity Town", "description", "Feed test", "year", "2024/25"))
                .when().post("/api/v1/achievements").then().statusCode(201).extract().path("id");
        String etag = given().auth().oauth2(EVALUATOR).when().get("/api/v1/achievements/{id}", id).then()
                .extract().header("ETag");
        given().auth().oauth2(EVALUATOR).header("If-Match", etag).when().delete("/api/v1/achievements/{id}", id)
                .then().statusCode(204);
        List<String> after = read();
        assertThat(after.subList(before.size(), after.size())).containsExactly(
                "achievement " + id + " UPSERT /api/v1/achievements/" + id,
                "achievement " + id + " DELETE /api/v1/achievements/" + id);
    }

    @Test
    void theFeedNeedsAToken() {
        given().when().get(FEED).then().statusCode(401);
    }

    private static List<String> read() {
        List<String> events = new ArrayList<>();
        String cursor = "0-0";
        boolean more = true;
        while (more) {
            JsonPath page = given().auth().oauth2(TestTokens.viewer()).queryParam("since", cursor)
                    .when().get(FEED).then().statusCode(200).extract().jsonPath();
            for (Map<String, String> item : page.<Map<String, String>>getList("items")) {
                events.add(item.get("type") + " " + item.get("id") + " " + item.get("action") + " "
                        + item.get("link").replaceFirst("^https?://[^/]+", ""));
            }
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        return events;
    }
}
