package org.healthequity.evaluation.rest;

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
 * Reads of evaluation content are tagged and dated by this service's data version (V4): answered 304 before anything
 * is built until a write; the annual report and the delivery views, composed with the other services' data, are
 * tagged by this service's version and their sources' tags, and answered 304 without being composed while none
 * changed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class ConditionalReadTest {

    private static final String EVALUATOR = TestTokens.forUser("evaluator", "evaluator");
    private static final String REPORT = "/api/v1/reports/annual/2023-24";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    MeterRegistry meters;

    @Test
    void aListIsAnswered304ByTagOrDateUntilAWrite() throws Exception {
        String path = "/api/v1/achievements?pageSize=100";
        String lastModified = null;
        for (int attempt = 0; attempt < 30 && lastModified == null; attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            lastModified = given().auth().oauth2(EVALUATOR).when().get(path).then().statusCode(200).extract()
                    .header("Last-Modified");
        }
        assertThat(lastModified).as("Last-Modified three seconds after the last change").isNotNull();
        String etag = given().auth().oauth2(EVALUATOR).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(EVALUATOR).header("If-None-Match", etag).when().get(path)
                .then().statusCode(304).body(emptyString());
        given().auth().oauth2(EVALUATOR).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(304);
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(Map.of("programme", "Health Equity Town", "description", "Conditional read", "year",
                        "2024/25"))
                .when().post("/api/v1/achievements").then().statusCode(201);
        given().auth().oauth2(EVALUATOR).header("If-None-Match", etag).when().get(path).then().statusCode(200);
        given().auth().oauth2(EVALUATOR).header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(200);
    }

    @Test
    void theAnnualReportIsAnswered304WithoutComposingItWhileNoSourceChanged() {
        String token = TestTokens.viewer();
        String etag = given().auth().oauth2(token).accept("application/json").when().get(REPORT).then()
                .statusCode(200).extract().header("ETag");
        double built = composed("built");
        double notModified = composed("not-modified");
        SourcesStub.indicators.resetRequests();
        SourcesStub.workstreams.resetRequests();

        given().auth().oauth2(token).accept("application/json").header("If-None-Match", etag).when().get(REPORT)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        assertThat(composed("built")).isEqualTo(built);
        assertThat(composed("not-modified")).isEqualTo(notModified + 1);
        // Each source was asked whether what the report was built from changed, with the tag it gave, and said no.
        SourcesStub.indicators.verify(1, getRequestedFor(urlEqualTo(SourcesStub.SCORECARD_PATH))
                .withHeader("If-None-Match", WireMock.equalTo("\"scorecard-1\"")));
        SourcesStub.workstreams.verify(1, getRequestedFor(urlEqualTo(SourcesStub.HOUSING_DASHBOARD_PATH))
                .withHeader("If-None-Match", WireMock.equalTo("\"housing-1\"")));
        // Another format of the same report is another answer, with its own tag.
        given().auth().oauth2(token).accept("text/markdown").header("If-None-Match", etag).when().get(REPORT)
                .then().statusCode(200).header("ETag", not(equalTo(etag)));

        // One workstream's dashboard changes: composed again, showing it.
        SourcesStub.tagged(SourcesStub.workstreams, SourcesStub.HOUSING_DASHBOARD_PATH,
                SourcesStub.HOUSING_DASHBOARD.replace("\"actual\":96", "\"actual\":104"), "\"housing-2\"");
        String changed = given().auth().oauth2(token).accept("application/json").header("If-None-Match", etag)
                .when().get(REPORT).then().statusCode(200)
                .body("workstreams.content.find { it.slug == 'housing' }.kpis[0].actual", equalTo(104))
                .extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        given().auth().oauth2(token).accept("application/json").header("If-None-Match", changed).when().get(REPORT)
                .then().statusCode(304);

        // workstreams-service stops: the outage is shown, not hidden behind a 304.
        try {
            SourcesStub.down(SourcesStub.workstreams);
            given().auth().oauth2(token).accept("application/json").header("If-None-Match", changed).when()
                    .get(REPORT).then().statusCode(200).body("workstreams.available", equalTo(false))
                    .header("ETag", not(equalTo(changed)));
        } finally {
            SourcesStub.up();
            circuitBreakers.resetAll();
        }
    }

    @Test
    void theDeliveryViewsAreAnswered304WithoutComposingThemWhileNoSourceChanged() {
        String token = TestTokens.viewer();
        for (String path : new String[] { "/api/v1/delivery/principles/6", "/api/v1/delivery/gaps" }) {
            String etag = given().auth().oauth2(token).when().get(path).then().statusCode(200).extract()
                    .header("ETag");
            double built = composed("built");
            given().auth().oauth2(token).header("If-None-Match", etag).when().get(path).then().statusCode(304)
                    .header("ETag", equalTo(etag));
            assertThat(composed("built")).as(path).isEqualTo(built);
        }
    }

    /** How many composed reads were answered so ({@code built} or {@code not-modified}). */
    private double composed(String answer) {
        return meters.counter("hes.composed.reads", "answer", answer).count();
    }

    @Test
    void theAnnualReportIsNotDatedByThisServicesData() {
        given().auth().oauth2(TestTokens.viewer()).accept("application/json").when()
                .get("/api/v1/reports/annual/2023-24").then().statusCode(200)
                .header("Last-Modified", nullValue());
    }
}
