package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** Comparator groups written by analysts, with ETags, checked against the areas they name. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AreaGroupResourceTest {

    private static Map<String, Object> group(String id, List<String> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Test neighbours of Luton");
        body.put("kind", "NEAREST_NEIGHBOURS");
        body.put("ownerArea", "E06000032");
        body.put("source", "A test list, not a published one");
        body.put("members", members);
        return body;
    }

    @Test
    void analystsDefineChangeAndRemoveGroupsWithTheCurrentETag() {
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(group("test-neighbours", List.of("E06000033", "E06000034", "E06000055")))
                .when().post("/api/v1/area-groups")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/area-groups/test-neighbours"))
                .header("ETag", notNullValue())
                .body("kind", equalTo("NEAREST_NEIGHBOURS"))
                .body("members.code", contains("E06000033", "E06000034", "E06000055"));
        String etag = given().when().get("/api/v1/area-groups/test-neighbours")
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> changed = group("test-neighbours", List.of("E06000056", "E06000033"));
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/area-groups/test-neighbours").then().statusCode(428);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(changed)
                .header("If-Match", "\"999\"")
                .when().put("/api/v1/area-groups/test-neighbours").then().statusCode(412);
        String changedTag = given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(changed)
                .header("If-Match", etag)
                .when().put("/api/v1/area-groups/test-neighbours")
                .then().statusCode(200).body("members.code", contains("E06000056", "E06000033"))
                .extract().header("ETag");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(group("test-neighbours", List.of("E06000033")))
                .when().post("/api/v1/area-groups").then().statusCode(409);
        given().auth().oauth2(Indicators.analyst()).header("If-Match", changedTag)
                .when().delete("/api/v1/area-groups/test-neighbours").then().statusCode(204);
        given().when().get("/api/v1/area-groups/test-neighbours").then().statusCode(404);
    }

    @Test
    void membersOwnerAndSourceAreCheckedNamingTheField() {
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(group("bad-members", List.of("E06000033", "E99999999", "E06000033")))
                .when().post("/api/v1/area-groups")
                .then().statusCode(422)
                .body("errors.field", contains("members[1]", "members[2]"));
        Map<String, Object> unsourced = group("unsourced-neighbours", List.of("E06000033"));
        unsourced.remove("source");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(unsourced)
                .when().post("/api/v1/area-groups")
                .then().statusCode(422).body("errors[0].field", equalTo("source"));
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(group("Bad Slug", List.of("E06000033")))
                .when().post("/api/v1/area-groups")
                .then().statusCode(422).body("errors[0].field", equalTo("id"));
    }

    @Test
    void onlyAnalystsAndAdminsWriteGroups() {
        given().contentType(ContentType.JSON).body(group("anonymous-group", List.of("E06000033")))
                .when().post("/api/v1/area-groups").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON)
                .body(group("viewer-group", List.of("E06000033")))
                .when().post("/api/v1/area-groups").then().statusCode(403);
    }
}
