package org.healthequity.workstreams.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/**
 * Reads of this service's own data are tagged and dated by its data version (V4), so a refresh of unchanged data is
 * answered 304 before anything is built; the dashboard, composed with indicators-service's scorecard, is tagged by
 * both and answered 304 without being built while neither changed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class ConditionalReadTest {

    private static final String DASHBOARD = "/api/v1/workstreams/business-skills-employment/dashboard";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    MeterRegistry meters;

    @AfterEach
    void indicatorsServiceBackUp() {
        IndicatorsStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void aListIsTaggedAndDatedByTheDataVersionUntilAWriteChangesIt() throws Exception {
        String token = TestTokens.viewer();
        String path = "/api/v1/organisations?pageSize=100";
        String lastModified = dated(token, path);
        String etag = given().auth().oauth2(token).when().get(path).then().statusCode(200)
                .header("Last-Modified", equalTo(lastModified)).extract().header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
        given().auth().oauth2(token).header("If-None-Match", etag).when().get(path)
                .then().statusCode(304).body(emptyString());
        given().auth().oauth2(token).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "conditional-read-partner", "name", "Conditional read partner", "type",
                        "VOLUNTARY_SECTOR"))
                .when().post("/api/v1/organisations").then().statusCode(201);
        given().auth().oauth2(token).header("If-None-Match", etag).when().get(path).then().statusCode(200);
        given().auth().oauth2(token).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(200);
    }

    @Test
    void aRefreshedTokenKeepsTheTagsOfItsUserAndAnotherUsersTagsAreTheirOwn() throws Exception {
        String before = TestTokens.forUser("refreshing-viewer", "viewer");
        Thread.sleep(1_100);
        String refreshed = TestTokens.forUser("refreshing-viewer", "viewer");
        assertThat(refreshed).as("a token issued later").isNotEqualTo(before);
        for (String read : new String[] { "/api/v1/organisations?pageSize=100", DASHBOARD }) {
            String etag = given().auth().oauth2(before).when().get(read).then().statusCode(200).extract()
                    .header("ETag");
            given().auth().oauth2(refreshed).header("If-None-Match", etag).when().get(read).then().statusCode(304);
            given().auth().oauth2(TestTokens.forUser("another-viewer", "viewer")).header("If-None-Match", etag)
                    .when().get(read).then().statusCode(200).header("ETag", not(equalTo(etag)));
        }
    }

    @Test
    void theDashboardIsAnswered304WithoutBuildingItWhileNeitherItsDataNorTheScorecardChanged() {
        String token = TestTokens.viewer();
        String etag = given().auth().oauth2(token).when().get(DASHBOARD).then().statusCode(200)
                .header("Last-Modified", nullValue()).extract().header("ETag");
        double built = composed("built");
        double notModified = composed("not-modified");
        IndicatorsStub.server.resetRequests();

        given().auth().oauth2(token).header("If-None-Match", etag).when().get(DASHBOARD).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        assertThat(composed("built")).isEqualTo(built);
        assertThat(composed("not-modified")).isEqualTo(notModified + 1);
        // indicators-service was asked whether the scorecard changed, with the tag it gave, and said no.
        IndicatorsStub.server.verify(1, getRequestedFor(urlEqualTo(IndicatorsStub.SCORECARD_PATH))
                .withHeader("If-None-Match", WireMock.equalTo(IndicatorsStub.SCORECARD_TAG)));

        // The scorecard changes while nothing of this service's does: built again, showing the change.
        IndicatorsStub.scorecard("\"scorecard-2\"", IndicatorsStub.SCORECARD.replace("71.4", "72.9"));
        String changed = given().auth().oauth2(token).header("If-None-Match", etag).when().get(DASHBOARD).then()
                .statusCode(200).body("outcomes.indicators.find { it.indicatorId == 92313 }.value",
                        equalTo(72.9f)).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        assertThat(composed("built")).isEqualTo(built + 1);
        given().auth().oauth2(token).header("If-None-Match", changed).when().get(DASHBOARD).then().statusCode(304);

        // indicators-service stops: the outage is shown, not hidden behind a 304.
        IndicatorsStub.down();
        String down = given().auth().oauth2(token).header("If-None-Match", changed).when().get(DASHBOARD).then()
                .statusCode(200).body("outcomes.available", equalTo(false)).extract().header("ETag");
        assertThat(down).isNotIn(etag, changed);

        // Back, and this service's data changes: built again.
        IndicatorsStub.up();
        circuitBreakers.resetAll();
        String current = given().auth().oauth2(token).when().get(DASHBOARD).then().statusCode(200)
                .body("outcomes.available", equalTo(true)).extract().header("ETag");
        given().auth().oauth2(token).header("If-None-Match", current).when().get(DASHBOARD).then().statusCode(304);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "dashboard-revalidation-partner", "name", "Dashboard revalidation partner",
                        "type", "VOLUNTARY_SECTOR"))
                .when().post("/api/v1/organisations").then().statusCode(201);
        given().auth().oauth2(token).header("If-None-Match", current).when().get(DASHBOARD).then().statusCode(200);
    }

    /** How many composed reads were answered so ({@code built} or {@code not-modified}). */
    private double composed(String answer) {
        return meters.counter("hes.composed.reads", "answer", answer).count();
    }

    /** The read's Last-Modified, once the last change is old enough to be dated (the next whole second). */
    private static String dated(String token, String path) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            String lastModified = given().auth().oauth2(token).when().get(path).then().statusCode(200).extract()
                    .header("Last-Modified");
            if (lastModified != null) {
                return lastModified;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No Last-Modified three seconds after the last change");
    }
}
