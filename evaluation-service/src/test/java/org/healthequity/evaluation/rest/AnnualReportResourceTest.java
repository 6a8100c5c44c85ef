package org.healthequity.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class AnnualReportResourceTest {

    private static final String REPORT = "/api/v1/reports/annual/2023-24";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void sourcesBackUp() {
        SourcesStub.up();
        circuitBreakers.resetAll();
    }

    @Test
    void withEverySourceUpTheReportComposesAllThree() {
        given().auth().oauth2(TestTokens.viewer()).accept("application/json")
                .when().get(REPORT)
                .then().statusCode(200)
                .body("title", equalTo("Annual progress report 2023/24"))
                .body("from", equalTo("2023-04-01")).body("to", equalTo("2024-03-31"))
                .body("areaName", equalTo("Luton"))
                .body("outcomes.available", equalTo(true))
                .body("outcomes.content.comparators", contains("England", "East of England"))
                .body("outcomes.content.principles[0].indicators[0].value", equalTo(77.0f))
                .body("outcomes.content.principles[0].indicators[0].comparisons.category", contains("WORSE", "WORSE"))
                .body("outcomes.content.principles[0].indicators[0].trend", equalTo("Decreasing and getting worse"))
                .body("outcomes.content.principles[1].indicators[0].comparisons.category",
                        contains("SIMILAR", "BETTER"))
                .body("workstreams.available", equalTo(true))
                .body("workstreams.content.slug", contains("business-skills-employment", "housing"))
                .body("workstreams.content[1].workplanStatus", equalTo("SIGNED_OFF"))
                .body("workstreams.content[1].overdueActions", equalTo(1))
                .body("workstreams.content[1].kpis[0].rag", equalTo("AMBER"))
                .body("workstreams.content[0].kpis[0].rag", equalTo("NO_DATA"))
                .body("evaluations[0].title", equalTo("Health Equity Town evaluation"))
                .body("evaluations[0].aims", hasSize(3))
                .body("evaluations[0].findings.findAll { it.kind == 'CHALLENGE' }", hasSize(6))
                .body("recommendations.items.text", hasItem(
                        "Embed Marmot and health inequalities within workforce development across the system."))
                .body("impacts.LEADING", hasSize(5))
                .body("impacts.FACILITATING_ENABLING.description", hasItem(
                        "Health equity town prize delivery"))
                .body("achievements.Core20plus5[0].metric.value", equalTo(8000))
                .body("achievements.keySet()", contains("Health Equity Town", "Talk Listen Change", "Core20plus5"))
                .body("nextSteps", hasSize(8));
        SourcesStub.indicators.verify(getRequestedFor(urlEqualTo("/api/v1/scorecards/E06000032"))
                .withHeader("Authorization", matching("Bearer .+")));
        SourcesStub.workstreams.verify(getRequestedFor(urlEqualTo("/api/v1/workstreams/housing/dashboard"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void anUnchangedReportRefreshesAsNotModifiedInEachFormat() {
        for (String format : new String[] { "json", "markdown", "html" }) {
            String tag = given().auth().oauth2(TestTokens.viewer()).queryParam("format", format)
                    .when().get(REPORT).then().statusCode(200).extract().header("ETag");
            assertThat(tag).as(format).matches("\"[A-Za-z0-9_-]{27}\"");
            given().auth().oauth2(TestTokens.viewer()).queryParam("format", format).header("If-None-Match", tag)
                    .when().get(REPORT).then().statusCode(304);
        }
    }

    @Test
    void theHtmlPageColoursComparisonsAndEscapesText() {
        String html = given().auth().oauth2(TestTokens.viewer()).accept("text/html")
                .when().get(REPORT)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>Annual progress report 2023/24</title>")
                .contains("@media print")
                // The charts come from indicators-service through the gateway, the page's own origin.
                .contains("<img src=\"/api/v1/charts/spine/E06000032\"")
                .containsPattern("<img src=\"/api/v1/charts/trend/E06000032\\?indicator=[0-9]+&amp;width=560")
                .contains("<th scope=\"col\">England</th>")
                .contains("<td class=\"worse\" title=\"Worse\">Worse <span>(78.9)</span></td>")
                .contains("<td class=\"similar\" title=\"Similar\">Similar <span>(64)</span></td>")
                .contains("<td class=\"better\" title=\"Better (as published)\">"
                        + "Better (as published) <span>(64.8)</span>"
                        + "</td>")
                .contains("<td class=\"amber\">Amber</td>")
                .contains("Life expectancy at birth, Male")
                .contains("another &quot;project&quot;")
                .contains("Food First Luton &gt;8000 Food map distribution (over 8000 food maps distributed)")
                .doesNotContain("Not available");
    }

    @Test
    void theMarkdownHasTheSameSections() {
        String markdown = given().auth().oauth2(TestTokens.viewer()).queryParam("format", "markdown")
                .when().get(REPORT)
                .then().statusCode(200).contentType(startsWith("text/markdown"))
                .extract().asString();
        assertThat(markdown).startsWith("# Annual progress report 2023/24\n")
                .contains("## Outcome indicators", "## Workstreams", "## Evaluation", "## Recommendations",
                        "## System impact", "### Facilitating and enabling", "## Achievements", "## Next steps")
                .contains("| Life expectancy at birth, Male | 2020-22 | 77 years | Worse (78.9) | Worse (79.8) | "
                        + "Decreasing and getting worse |")
                .contains("| Homes improved in the private rented sector | 2024/25 | 120 | 96 | AMBER |")
                .contains("- [ ] Review outcome measures analysing by inequalities");
    }

    @Test
    void whenIndicatorsServiceIsDownTheOutcomesSayWhyAndTheRestIsServed() {
        SourcesStub.down(SourcesStub.indicators);
        given().auth().oauth2(TestTokens.viewer())
                .when().get(REPORT)
                .then().statusCode(200)
                .body("outcomes.available", equalTo(false))
                .body("outcomes.source", equalTo("indicators-service"))
                .body("outcomes.unavailableReason", containsString("indicators-service did not answer"))
                .body("outcomes.content", nullValue())
                .body("areaName", nullValue())
                .body("workstreams.available", equalTo(true))
                .body("evaluations", hasSize(1))
                .body("nextSteps", hasSize(8));
        String html = given().auth().oauth2(TestTokens.viewer()).queryParam("format", "html")
                .when().get(REPORT).then().statusCode(200).extract().asString();
        assertThat(html).contains("<strong>Not available.</strong> indicators-service did not answer")
                .contains("Business, Skills and Employment");
    }

    @Test
    void whenWorkstreamsServiceIsDownItsSectionSaysWhy() {
        SourcesStub.down(SourcesStub.workstreams);
        given().auth().oauth2(TestTokens.viewer())
                .when().get(REPORT)
                .then().statusCode(200)
                .body("workstreams.available", equalTo(false))
                .body("workstreams.unavailableReason", containsString("workstreams-service did not answer"))
                .body("outcomes.available", equalTo(true))
                .body("recommendations.total", greaterThanOrEqualTo(6));
    }

    @Test
    void slowSourcesTimeOutIntoUnavailableSections() {
        SourcesStub.slow(SourcesStub.indicators, "/api/v1/scorecards/E06000032", SourcesStub.SCORECARD, 3_000);
        SourcesStub.slow(SourcesStub.workstreams, "/api/v1/workstreams/housing/dashboard",
                SourcesStub.HOUSING_DASHBOARD, 3_000);
        given().auth().oauth2(TestTokens.viewer())
                .when().get(REPORT)
                .then().statusCode(200)
                .body("outcomes.available", equalTo(false))
                .body("workstreams.available", equalTo(true))
                .body("workstreams.content.find { it.slug == 'business-skills-employment' }.available", equalTo(true))
                .body("workstreams.content.find { it.slug == 'housing' }.available", equalTo(false))
                .body("workstreams.content.find { it.slug == 'housing' }.unavailableReason",
                        containsString("could not be read"));
    }

    @Test
    void theYearIsAFinancialYear() {
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/reports/annual/2023")
                .then().statusCode(200).body("year", equalTo("2023/24"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/reports/annual/2023-25")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/reports/annual/last-year")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.viewer()).queryParam("format", "pdf").when().get(REPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        // A year that has begun is reported however little happened in it; one that has not has no report yet.
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/reports/annual/2001-02")
                .then().statusCode(200).body("evaluations", hasSize(0)).body("nextSteps", hasSize(0));
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/reports/annual/2090-91")
                .then().statusCode(404).contentType("application/problem+json");
        // Years the period parser cannot read are a 400 naming the year, not a server error.
        for (String year : new String[] { "1800-01", "9999-00", "2199-00" }) {
            given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/reports/annual/" + year)
                    .then().statusCode(400).body("errors[0].field", equalTo("year"));
        }
        given().when().get(REPORT).then().statusCode(401);
    }
}
