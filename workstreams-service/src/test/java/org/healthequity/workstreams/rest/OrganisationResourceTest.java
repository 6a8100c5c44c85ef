package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

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

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class OrganisationResourceTest {

    @Test
    void theSeedsPartnersAreThere() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("pageSize", 100)
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.slug", hasItems("lbc", "elft", "uob", "semlep", "luton-adult-learning", "nea", "blmk-ics"))
                .body("items.find { it.slug == 'elft' }.name", equalTo("East London NHS Foundation Trust"))
                .body("items.find { it.slug == 'elft' }.type", equalTo("NHS"));
    }

    @Test
    void listsFilterByTypeAndText() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("type", "NHS")
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("NHS")))
                .body("items.slug", hasItems("elft", "blmk-ics"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("q", "Bedfordshire")
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.slug", containsInAnyOrder("uob", "blmk-ics"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("q", "%")
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void anUnknownTypeFilterIsABadParameter() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("type", "CHARITY")
                .when().get("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void pagingFollowsNextLinks() {
        var first = given().auth().oauth2(TestTokens.viewer()).queryParam("pageSize", 3)
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("page.size", equalTo(3))
                .header("Link", containsString("rel=\"next\""))
                .extract();
        String next = first.path("links.next");
        assertThat(next).startsWith("http").contains("page=2").contains("pageSize=3");
        List<String> firstSlugs = first.path("items.slug");
        List<String> secondSlugs = given().auth().oauth2(TestTokens.viewer())
                .when().get(next)
                .then().statusCode(200).body("page.number", equalTo(2)).extract().path("items.slug");
        assertThat(secondSlugs).hasSize(3).doesNotContainAnyElementsOf(firstSlugs);
    }

    @Test
    void readingNeedsAToken() {
        given().when().get("/api/v1/organisations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void onlyAdminsRegisterOrganisations() {
        Map<String, Object> body = Map.of("slug", "luton-foodbank", "name", "Luton Foodbank", "type",
                "VOLUNTARY_SECTOR");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner("partner-elft", "elft")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/organisations/luton-foodbank"))
                .header("ETag", notNullValue())
                .body("createdBy", equalTo("admin"))
                .body("createdAt", notNullValue());
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/organisations/luton-foodbank")
                .then().statusCode(200)
                .body("name", equalTo("Luton Foodbank"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(409)
                .body("type", equalTo("urn:hes:problem:conflict"));
    }

    @Test
    void invalidOrganisationsAreValidationProblemsNamingEachField() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "Not A Slug", "name", " "))
                .when().post("/api/v1/organisations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hes:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("name", "slug", "type"))
                .body("errors.find { it.field == 'type' }.code", equalTo("required"));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"slug\": \"x\",")
                .when().post("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "x", "name", "X", "type", "CHARITY"))
                .when().post("/api/v1/organisations")
                .then().log().ifValidationFails().statusCode(422)
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.TEXT).body("slug=x")
                .when().post("/api/v1/organisations")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "luton-churches", "name", "Luton Churches", "type", "VOLUNTARY_SECTOR"))
                .when().post("/api/v1/organisations").then().statusCode(201);
        String etag = given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/organisations/luton-churches")
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = Map.of("slug", "luton-churches", "name", "Churches Together in Luton",
                "type", "VOLUNTARY_SECTOR");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/organisations/luton-churches")
                .then().statusCode(428)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put("/api/v1/organisations/luton-churches")
                .then().statusCode(403);
        String newEtag = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag).body(change)
                .when().put("/api/v1/organisations/luton-churches")
                .then().statusCode(200)
                .body("name", equalTo("Churches Together in Luton"))
                .body("updatedBy", equalTo("admin"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put("/api/v1/organisations/luton-churches")
                .then().statusCode(412)
                .body("type", equalTo("urn:hes:problem:precondition-failed"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", newEtag)
                .body(Map.of("slug", "renamed", "name", "X", "type", "OTHER"))
                .when().put("/api/v1/organisations/luton-churches")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("slug"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", newEtag)
                .body(change)
                .when().put("/api/v1/organisations/nobody")
                .then().statusCode(404);
    }

    @Test
    void ofTwoRacingWritersWithTheSameETagExactlyOneWins() throws Exception {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "race-org", "name", "Race", "type", "OTHER"))
                .when().post("/api/v1/organisations").then().statusCode(201);
        String etag = given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations/race-org")
                .then().extract().header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> writer = () -> {
            start.await();
            return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("slug", "race-org", "name", "Renamed by " + Thread.currentThread().getName(),
                            "type", "OTHER"))
                    .when().put("/api/v1/organisations/race-org")
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
}
