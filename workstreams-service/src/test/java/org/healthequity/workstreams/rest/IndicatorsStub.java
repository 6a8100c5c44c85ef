package org.healthequity.workstreams.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for indicators-service: it knows the indicators the seeded logic model names plus a few more, and
 * serves a Luton scorecard with the employment rate. Tests can take it down and bring it back.
 */
public class IndicatorsStub implements QuarkusTestResourceLifecycleManager {

    /** Indicator ids the stub knows. */
    public static final Set<Integer> KNOWN = Set.of(92313, 900106, 900108, 900109, 900116, 90366, 92443);

    public static final String SCORECARD_PATH = "/api/v1/scorecards/E06000032";
    public static final String SCORECARD_TAG = "\"scorecard-1\"";

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        up();
        return Map.of("quarkus.rest-client.indicators.url", server.baseUrl());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /**
     * Answers as indicators-service does. Tests that took it down also reset the circuit breakers (through
     * {@code CircuitBreakerMaintenance}), which live in the application.
     */
    public static void up() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/api/v1/indicators/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:hes:problem:not-found\",\"status\":404}")));
        for (int id : KNOWN) {
            server.stubFor(get(urlEqualTo("/api/v1/indicators/" + id)).atPriority(1).willReturn(okJson(
                    "{\"id\":" + id + ",\"name\":\"Indicator " + id + "\",\"principle\":3,\"unit\":\"%\","
                            + "\"polarity\":\"RAG_HIGH_IS_GOOD\",\"yearType\":\"FINANCIAL\"}")));
        }
        scorecard(SCORECARD_TAG, SCORECARD);
    }

    /**
     * The Luton scorecard is now this body, with this entity tag; a request naming the tag in If-None-Match is
     * answered 304, as indicators-service answers.
     */
    public static void scorecard(String tag, String body) {
        server.getStubMappings().stream().filter(stub -> SCORECARD_PATH.equals(stub.getRequest().getUrl()))
                .toList().forEach(server::removeStub);
        server.stubFor(get(urlEqualTo(SCORECARD_PATH)).atPriority(5).willReturn(okJson(body).withHeader("ETag", tag)));
        server.stubFor(get(urlEqualTo(SCORECARD_PATH)).atPriority(1)
                .withHeader("If-None-Match", equalTo(tag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", tag)));
    }

    /** Every request fails as a stopped service's would: the connection is dropped. */
    public static void down() {
        server.resetAll();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static final String SCORECARD = """
            {"area":{"code":"E06000032","name":"Luton"},
             "comparators":[{"code":"E92000001","name":"England"},{"code":"E12000006","name":"East of England"}],
             "period":"latest",
             "principles":[{"id":3,"title":"Create fair employment and good work for all","shortTitle":"Work",
               "indicators":[
                 {"indicatorId":92313,"name":"Employment rate (16-64 years)","unit":"%","polarity":"RAG_HIGH_IS_GOOD",
                  "sex":"Persons","age":"16-64 yrs","periods":[
                    {"period":{"label":"2022/23","type":"FINANCIAL_YEAR","sortKey":20220000},"value":70.1,
                     "comparisons":[]},
                    {"period":{"label":"2023/24","type":"FINANCIAL_YEAR","sortKey":20230000},"value":71.4,
                     "lowerCi95":68.2,"upperCi95":74.6,
                     "comparisons":[{"areaCode":"E92000001","areaName":"England","value":75.7,"computed":"WORSE",
                                     "computedLabel":"Worse than England"}],
                     "trend":{"computed":"NO_SIGNIFICANT_CHANGE","label":"No significant change"}}]},
                 {"indicatorId":900109,"name":"Percentage of employees paid below the living wage","unit":"%",
                  "sex":"Persons","age":"All ages","periods":[
                    {"period":{"label":"2022","type":"CALENDAR_YEAR","sortKey":20220000},"value":30.0,
                     "comparisons":[{"areaCode":"E12000006","areaName":"East of England","value":26.0,
                                     "reported":"WORSE"}],
                     "trend":{"reported":"Significantly worse"}}]}]}]}
            """;
}
