package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

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
class WorkstreamResourceTest {

    @Test
    void theFourPriorityWorkstreamsAreSeededWithTheirChairs() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("status", "ACTIVE")
                .when().get("/api/v1/workstreams")
                .then().statusCode(200)
                .body("items.slug", hasItems("housing", "net-zero", "children-young-people",
                        "business-skills-employment"))
                .body("items.find { it.slug == 'housing' }.chairRole", equalTo("Housing SMT"))
                .body("items.find { it.slug == 'net-zero' }.chairRole",
                        equalTo("Climate change professional from the wider community"))
                .body("items.find { it.slug == 'children-young-people' }.chairRole",
                        equalTo("Public Health Consultant"))
                .body("items.find { it.slug == 'business-skills-employment' }.principles", contains(2, 3));
        given().auth().oauth2(TestTokens.viewer()).queryParam("principle", 8)
                .when().get("/api/v1/workstreams")
                .then().statusCode(200).body("items.slug", contains("net-zero"));
    }

    @Test
    void aLeadEditsOnlyTheWorkstreamsInItsToken() {
        String etag = given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/workstreams/housing")
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = Map.of("slug", "housing", "name", "Housing", "chairRole", "Housing SMT",
                "description", "Healthy housing and warm spaces", "principles", List.of(4, 5));
        given().auth().oauth2(TestTokens.workstreamLead("lead-net-zero", "net-zero")).contentType(ContentType.JSON)
                .header("If-Match", etag).body(body)
                .when().put("/api/v1/workstreams/housing")
                .then().statusCode(403)
                .body("detail", containsString("your token's workstreams claim names [net-zero]"));
        given().auth().oauth2(TestTokens.workstreamLead("lead-housing", "housing")).contentType(ContentType.JSON)
                .header("If-Match", etag).body(body)
                .when().put("/api/v1/workstreams/housing")
                .then().statusCode(200)
                .body("description", equalTo("Healthy housing and warm spaces"))
                .body("updatedBy", equalTo("lead-housing"));
    }

    @Test
    void onlyAnAdminCreatesWorkstreamsAndPrinciplesAreZeroToEight() {
        Map<String, Object> body = Map.of("slug", "health-built-environment", "name", "Health and Built Environment",
                "chairRole", "Planning lead", "principles", List.of(5));
        given().auth().oauth2(TestTokens.workstreamLead("lead-housing", "housing")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/workstreams").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "bad", "name", "Bad", "chairRole", "x", "principles", List.of(9)))
                .when().post("/api/v1/workstreams")
                .then().statusCode(422).body("errors[0].field", equalTo("principles[0]"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams")
                .then().statusCode(201).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workstreams")
                .then().statusCode(409);
    }
}
