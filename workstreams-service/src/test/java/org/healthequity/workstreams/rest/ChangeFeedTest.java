package org.healthequity.workstreams.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** Workstreams' change feed names each resource by the link that reads it. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ChangeFeedTest {

    @Test
    void everyEventsLinkReadsTheResourceItNames() {
        List<Map<String, String>> items = given().auth().oauth2(TestTokens.viewer()).queryParam("limit", 1000)
                .when().get("/api/v1/changes/workstreams").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(items).extracting(item -> item.get("type")).contains("organisation", "workstream", "kpi",
                "logic-model", "workplan", "action");
        assertThat(items).filteredOn(item -> item.get("type").equals("organisation"))
                .anyMatch(item -> item.get("id").equals("elft") && item.get("link").endsWith("/organisations/elft"));
        items.stream().filter(item -> item.get("action").equals("UPSERT")).map(item -> item.get("link"))
                .distinct().limit(60).forEach(link -> given().auth().oauth2(TestTokens.viewer())
                        .when().get(link).then().statusCode(200));
        given().when().get("/api/v1/changes/workstreams").then().statusCode(401);
    }
}
