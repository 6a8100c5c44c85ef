package org.healthequity.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.gateway.UpstreamStubs;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(UpstreamStubs.class)
class ContractRoutesTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @Test
    void eachServicesContractIsServedThroughTheGateway() {
        UpstreamStubs.indicators.stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"indicators\"}}")));
        given().when().get("/openapi/indicators")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("indicators"));
        given().when().get("/openapi/evaluation")
                .then().statusCode(503)
                .contentType("application/problem+json");
        given().when().get("/openapi/payroll")
                .then().statusCode(404);
    }

    @Test
    void theSwaggerUiListsTheThreeContracts() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi/indicators"))
                .body(containsString("/openapi/workstreams"))
                .body(containsString("/openapi/evaluation"))
                .body(containsString("hes-swagger-ui"));
    }

    @Test
    void readinessReportsEveryUpstream() {
        UpstreamStubs.indicators.stubFor(get(urlPathEqualTo("/q/health/ready"))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
        UpstreamStubs.workstreams.stubFor(get(urlPathEqualTo("/q/health/ready"))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
        String readiness = given().when().get(managementReadiness)
                .then().statusCode(503)
                .body("checks.find { it.name == 'upstream indicators' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream workstreams' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream evaluation' }.status", equalTo("DOWN"))
                .extract().asString();
        assertThat(readiness).as("health names no address and no error text")
                .doesNotContain("localhost").doesNotContain("http://").doesNotContainIgnoringCase("refused");
    }
}
