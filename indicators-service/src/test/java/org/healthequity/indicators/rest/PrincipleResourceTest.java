package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PrincipleResourceTest {

    @Test
    void anonymousCallersReadThePrinciplesAsOpenData() {
        given().when().get("/api/v1/principles")
                .then().statusCode(200)
                .body("items.id", contains(0, 1, 2, 3, 4, 5, 6, 7, 8))
                .body("items[1].title", equalTo("Give every child the best start in life"))
                .body("items[7].introducedIn", equalTo("Build Back Fairer (2020)"))
                .body("page.totalItems", equalTo(9));
    }

    @Test
    void aPagePastAnyListIsAProblemNotAServerError() {
        given().queryParam("page", Integer.MAX_VALUE)
                .when().get("/api/v1/principles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().queryParam("page", 2).queryParam("pageSize", 500)
                .when().get("/api/v1/principles")
                .then().statusCode(200);
    }

    @Test
    void aViewerReadsThemToo() {
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/principles/3")
                .then().statusCode(200)
                .body("title", equalTo("Create fair employment and good work for all"));
    }

    @Test
    void pagesLinkToTheirNeighboursWithAbsoluteUrls() {
        given().queryParam("pageSize", 4).queryParam("page", 2)
                .when().get("/api/v1/principles")
                .then().statusCode(200)
                .body("items.id", contains(4, 5, 6, 7))
                .body("page.number", equalTo(2))
                .body("page.totalPages", equalTo(3))
                .body("links.next", startsWith("http://"))
                .body("links.next", containsString("page=3"))
                .body("links.prev", containsString("page=1"))
                .header("Link", containsString("rel=\"next\""));
    }

    @Test
    void behindTheGatewayAndATlsIngressLinksNameThePublicHttpsAddress() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.health-equity.example.org")
                .header("X-Forwarded-Port", "443")
                .queryParam("pageSize", 4)
                .when().get("/api/v1/principles")
                .then().statusCode(200)
                .body("links.next", startsWith("https://api.health-equity.example.org/api/v1/principles?"))
                .header("Link", containsString("<https://api.health-equity.example.org/api/v1/principles?"));
    }

    @Test
    void theLastPageHasNoNextLink() {
        given().queryParam("pageSize", 4).queryParam("page", 3)
                .when().get("/api/v1/principles")
                .then().statusCode(200)
                .body("items.id", contains(8))
                .body("links.next", nullValue());
    }

    @Test
    void aBadPageParameterIsAProblemNamingIt() {
        given().queryParam("pageSize", "many")
                .when().get("/api/v1/principles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("pageSize"))
                .body("instance", equalTo("/api/v1/principles"))
                .body("requestId", notNullValue());
        given().queryParam("pageSize", 100000)
                .when().get("/api/v1/principles")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("pageSize"));
    }

    @Test
    void anUnknownPrincipleIsANotFoundProblem() {
        given().when().get("/api/v1/principles/9")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hes:problem:not-found"))
                .body("detail", containsString("'9'"));
    }

    @Test
    void anExpiredTokenIsRefusedEvenOnOpenData() {
        given().auth().oauth2(TestTokens.expired("viewer", "viewer"))
                .when().get("/api/v1/principles")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        given().auth().oauth2(TestTokens.withAudience("some-other-api", "viewer", "viewer"))
                .when().get("/api/v1/principles")
                .then().statusCode(401);
    }

    @Test
    void theRequestIdIsEchoed() {
        given().header("X-Request-Id", "test-123")
                .when().get("/api/v1/principles/0")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("test-123"));
        given().header("X-Request-Id", "not an acceptable id; it has spaces")
                .when().get("/api/v1/principles/0")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
