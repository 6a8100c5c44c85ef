package org.healthequity.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.gateway.UpstreamStubs;
import org.healthequity.testing.TestTokens;

/** The shared cache of open data: hits, revalidation, invalidation by writes, and nothing shared that differs. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UpstreamStubs.class)
class SharedCacheTest {

    private static final String OPEN = "public, max-age=60, stale-while-revalidate=300";

    @BeforeEach
    void stubServices() {
        UpstreamStubs.resetIndicators();
    }

    /** A stub answer; WireMock sends it chunked, as a service sends any answer past its output buffer. */
    private static void answer(String path, String body, String etag, String cacheControl) {
        UpstreamStubs.indicators.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", etag)
                .withHeader("Cache-Control", cacheControl).withHeader("Vary", "Accept, Authorization")
                .withBody(body).withGzipDisabled(true)));
    }

    @Test
    void aFreshOpenAnswerIsServedFromMemoryAndAConditionalOneIsA304() {
        answer("/api/v1/indicators?page=11", "{\"n\":1}", "\"v1\"", OPEN);
        given().when().get("/api/v1/indicators?page=11").then().statusCode(200).body("n", is(1))
                .header("Cache-Status", "hes-gateway; fwd=miss");
        given().when().get("/api/v1/indicators?page=11").then().statusCode(200).body("n", is(1))
                .header("Cache-Status", "hes-gateway; hit").header("Age", "0").header("ETag", "\"v1\"")
                .header("X-Request-Id", notNullValue());
        given().header("If-None-Match", "\"v1\"").when().get("/api/v1/indicators?page=11").then().statusCode(304)
                .header("Cache-Status", "hes-gateway; hit");
        UpstreamStubs.indicators.verify(1, getRequestedFor(urlEqualTo("/api/v1/indicators?page=11")));
    }

    @Test
    void aCachedAnswerIsDatedAndIfModifiedSinceIsAnsweredFromMemory() {
        String lastModified = "Mon, 30 Nov 2026 10:15:31 GMT";
        UpstreamStubs.indicators.stubFor(get(urlEqualTo("/api/v1/indicators?page=31")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withHeader("ETag", "\"v12\"")
                .withHeader("Last-Modified", lastModified).withHeader("Cache-Control", OPEN)
                .withBody("{\"n\":12}").withGzipDisabled(true)));
        given().when().get("/api/v1/indicators?page=31").then().statusCode(200)
                .header("Cache-Status", "hes-gateway; fwd=miss");
        given().header("If-Modified-Since", lastModified).when().get("/api/v1/indicators?page=31").then()
                .statusCode(304).header("Cache-Status", "hes-gateway; hit").header("Last-Modified", lastModified);
        given().header("If-Modified-Since", "Mon, 30 Nov 2026 10:15:30 GMT").when().get("/api/v1/indicators?page=31")
                .then().statusCode(200).body("n", is(12));
        // If-None-Match, when sent, decides alone.
        given().header("If-Modified-Since", lastModified).header("If-None-Match", "\"other\"").when()
                .get("/api/v1/indicators?page=31").then().statusCode(200);
        UpstreamStubs.indicators.verify(1, getRequestedFor(urlEqualTo("/api/v1/indicators?page=31")));
    }

    @Test
    void answersAreNeverSharedAcrossQueriesAcceptOrTokens() {
        answer("/api/v1/indicators?page=12", "{\"n\":2}", "\"v2\"", OPEN);
        answer("/api/v1/indicators?page=13", "{\"n\":3}", "\"v3\"", OPEN);
        given().when().get("/api/v1/indicators?page=12").then().statusCode(200);
        given().when().get("/api/v1/indicators?page=13").then().statusCode(200).body("n", is(3));
        given().accept("text/csv").when().get("/api/v1/indicators?page=12").then()
                .header("Cache-Status", containsString("fwd=miss"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/indicators?page=12").then().statusCode(200)
                .header("Cache-Status", nullValue());
        given().header("Cache-Control", "no-cache").when().get("/api/v1/indicators?page=12").then()
                .header("Cache-Status", nullValue());
        UpstreamStubs.indicators.verify(1, getRequestedFor(urlEqualTo("/api/v1/indicators?page=13")));
        UpstreamStubs.indicators.verify(4, getRequestedFor(urlEqualTo("/api/v1/indicators?page=12")));
    }

    @Test
    void privateOrUntaggedAnswersAreNotKept() {
        answer("/api/v1/indicators?page=14", "{}", "\"v4\"", "private, no-cache");
        UpstreamStubs.indicators.stubFor(get(urlEqualTo("/api/v1/indicators?page=15")).willReturn(aResponse()
                .withStatus(200).withHeader("Cache-Control", OPEN).withHeader("Content-Length", "2").withBody("{}")
                .withGzipDisabled(true)));
        for (int i = 0; i < 2; i++) {
            given().when().get("/api/v1/indicators?page=14").then().statusCode(200);
            given().when().get("/api/v1/indicators?page=15").then().statusCode(200);
        }
        UpstreamStubs.indicators.verify(2, getRequestedFor(urlEqualTo("/api/v1/indicators?page=14")));
        UpstreamStubs.indicators.verify(2, getRequestedFor(urlEqualTo("/api/v1/indicators?page=15")));
    }

    @Test
    void aStaleEntryIsRevalidatedByItsETag() {
        answer("/api/v1/indicators?page=16", "{\"n\":6}", "\"v6\"", "public, max-age=0");
        given().when().get("/api/v1/indicators?page=16").then().statusCode(200);
        UpstreamStubs.indicators.stubFor(get(urlEqualTo("/api/v1/indicators?page=16"))
                .withHeader("If-None-Match", equalTo("\"v6\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v6\"")));
        given().when().get("/api/v1/indicators?page=16").then().statusCode(200).body("n", is(6))
                .header("Cache-Status", "hes-gateway; fwd=stale; fwd-status=304");
        UpstreamStubs.indicators.verify(1, getRequestedFor(urlEqualTo("/api/v1/indicators?page=16"))
                .withHeader("If-None-Match", equalTo("\"v6\"")));
        UpstreamStubs.indicators.verify(1, getRequestedFor(urlEqualTo("/api/v1/indicators?page=16"))
                .withHeader("If-None-Match", absent()));
    }

    @Test
    void anImportThroughTheGatewayDropsWhatWasCachedFromItsService() {
        answer("/api/v1/indicators?page=17", "{\"n\":7}", "\"v7\"", OPEN);
        given().when().get("/api/v1/indicators?page=17").then().statusCode(200);
        given().when().get("/api/v1/indicators?page=17").then().header("Cache-Status", "hes-gateway; hit");
        UpstreamStubs.indicators.stubFor(post(urlPathEqualTo("/api/v1/imports"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        given().auth().oauth2(TestTokens.forUser("analyst", "analyst")).contentType("text/csv").body("x")
                .when().post("/api/v1/imports").then().statusCode(201);
        answer("/api/v1/indicators?page=17", "{\"n\":8}", "\"v8\"", OPEN);
        given().when().get("/api/v1/indicators?page=17").then().statusCode(200).body("n", is(8))
                .header("Cache-Status", containsString("fwd=miss"));
    }
}
