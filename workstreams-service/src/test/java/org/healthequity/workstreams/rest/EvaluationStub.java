package org.healthequity.workstreams.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for evaluation-service: recommendation 4 names no workstream (principle 7's), 5 is for housing, 6 for
 * business, skills and employment; any other id is a 404. Tests can take it down and bring it back.
 */
public class EvaluationStub implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        up();
        return Map.of("quarkus.rest-client.evaluation.url", server.baseUrl());
    }

    @Override
    public void stop() {
        server.stop();
    }

    public static void up() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/api/v1/recommendations/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:hes:problem:not-found\",\"status\":404}")));
        server.stubFor(get(urlEqualTo("/api/v1/recommendations/4")).atPriority(1).willReturn(okJson(
                "{\"id\":4,\"evaluationId\":1,\"text\":\"Measure and act on principle 7\",\"principle\":7,"
                        + "\"status\":\"PROPOSED\"}")));
        server.stubFor(get(urlEqualTo("/api/v1/recommendations/5")).atPriority(1).willReturn(okJson(
                "{\"id\":5,\"evaluationId\":1,\"text\":\"Warm homes\",\"workstream\":\"housing\","
                        + "\"status\":\"ACCEPTED\"}")));
        server.stubFor(get(urlEqualTo("/api/v1/recommendations/6")).atPriority(1).willReturn(okJson(
                "{\"id\":6,\"evaluationId\":1,\"text\":\"Skills for the most deprived\","
                        + "\"workstream\":\"business-skills-employment\",\"status\":\"ACCEPTED\"}")));
    }

    /** Recommendation 4 answers, but only after the delay. */
    public static void slow(int delayMillis) {
        server.stubFor(get(urlEqualTo("/api/v1/recommendations/4")).atPriority(0).willReturn(okJson(
                "{\"id\":4,\"evaluationId\":1,\"text\":\"Slow\",\"principle\":7,\"status\":\"PROPOSED\"}")
                .withFixedDelay(delayMillis)));
    }

    /** Every request fails as a stopped service's would: the connection is dropped. */
    public static void down() {
        server.resetAll();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
}
