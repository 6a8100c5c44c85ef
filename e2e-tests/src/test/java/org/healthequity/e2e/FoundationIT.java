package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The foundation end to end: real Keycloak tokens, every call through the gateway only. */
@ExtendWith(StackExtension.class)
class FoundationIT {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = StackExtension.config().gatewayUrl();
        RestAssured.port = -1;
    }

    @Test
    void theGatewayIsReadyWithEveryUpstreamOnItsManagementPortOnly() {
        given().when().get(StackExtension.config().gatewayManagementUrl() + "/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("upstream indicators", "upstream workstreams", "upstream evaluation"));
        given().when().get(StackExtension.config().gatewayManagementUrl() + "/q/metrics")
                .then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void anonymousCallersReadThePrinciples() {
        given().when().get("/api/v1/principles")
                .then().statusCode(200)
                .body("items.id", hasItems(0, 1, 7, 8))
                .body("links.self", startsWith(StackExtension.config().gatewayUrl()));
    }

    @Test
    void aWriteWithoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "anon-org", "name", "Anonymous", "type", "OTHER"))
                .when().post("/api/v1/organisations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aViewerCannotWrite() {
        given().auth().oauth2(Tokens.user("viewer")).contentType(ContentType.JSON)
                .body(Map.of("title", "Viewer's evaluation", "period", "2025/26", "status", "PLANNED"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAdminCreatesAnOrganisationAndReadsItBack() {
        String admin = Tokens.user("admin");
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("slug", "luton-foodbank", "name", "Luton Foodbank", "type", "VOLUNTARY_SECTOR"))
                .when().post("/api/v1/organisations")
                .then().statusCode(201)
                .body("createdBy", equalTo("admin"))
                .extract().header("Location");
        assertThat(location).startsWith(StackExtension.config().gatewayUrl() + "/api/v1/organisations/");
        given().auth().oauth2(Tokens.user("viewer"))
                .when().get(location)
                .then().statusCode(200)
                .body("name", equalTo("Luton Foodbank"));
    }

    @Test
    void theBiClientReadsWithClientCredentialsButCannotWrite() {
        String bi = Tokens.biClient();
        given().auth().oauth2(bi)
                .when().get("/api/v1/organisations?pageSize=100")
                .then().statusCode(200)
                .body("items.slug", hasItem("elft"));
        given().auth().oauth2(bi).contentType(ContentType.JSON)
                .body(Map.of("slug", "bi-org", "name", "BI", "type", "OTHER"))
                .when().post("/api/v1/organisations")
                .then().statusCode(403);
    }

    @Test
    void theRealmPutsTheScopingClaimsInTokens() {
        assertThat(Tokens.claims(Tokens.user("partner-elft")).getString("organisation")).isEqualTo("elft");
        assertThat(Tokens.claims(Tokens.user("lead-housing")).getList("workstreams")).isEqualTo(List.of("housing"));
        assertThat(Tokens.claims(Tokens.user("analyst")).getList("realm_access.roles")).contains("analyst");
        assertThat(Tokens.claims(Tokens.biClient()).getString("aud")).contains("hes-api");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().auth().oauth2(Tokens.user("evaluator")).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theSwaggerUiAndTheThreeContractsAreServedByTheGateway() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi/indicators"));
        given().when().get("/openapi/indicators").then().statusCode(200)
                .body("paths", Matchers.hasKey("/api/v1/principles"));
        given().when().get("/openapi/workstreams").then().statusCode(200)
                .body("paths", Matchers.hasKey("/api/v1/organisations"));
        given().when().get("/openapi/evaluation").then().statusCode(200)
                .body("paths", Matchers.hasKey("/api/v1/evaluations"));
    }
}
