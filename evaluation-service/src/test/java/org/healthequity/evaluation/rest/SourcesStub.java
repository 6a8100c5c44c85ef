package org.healthequity.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-ins for indicators-service and workstreams-service, which the annual report reads and which check slugs.
 * Tests can take either down, or make it slower than the configured timeout, and bring it back.
 */
public class SourcesStub implements QuarkusTestResourceLifecycleManager {

    public static final Set<String> ORGANISATIONS = Set.of("lbc", "elft", "uob", "nea", "active-luton", "semlep");
    public static final Set<String> WORKSTREAMS = Set.of("housing", "net-zero", "children-young-people",
            "business-skills-employment");

    static final String SCORECARD_PATH = "/api/v1/scorecards/E06000032";
    static final String HOUSING_DASHBOARD_PATH = "/api/v1/workstreams/housing/dashboard";

    public static WireMockServer indicators;
    public static WireMockServer workstreams;

    @Override
    public Map<String, String> start() {
        indicators = new WireMockServer(wireMockConfig().dynamicPort());
        workstreams = new WireMockServer(wireMockConfig().dynamicPort());
        indicators.start();
        workstreams.start();
        up();
        return Map.of("quarkus.rest-client.indicators.url", indicators.baseUrl(),
                "quarkus.rest-client.workstreams.url", workstreams.baseUrl());
    }

    @Override
    public void stop() {
        indicators.stop();
        workstreams.stop();
    }

    /**
     * Both services answer. Tests that took one down also reset the circuit breakers (through
     * {@code CircuitBreakerMaintenance}), which live in the application.
     */
    public static void up() {
        indicators.resetAll();
        tagged(indicators, SCORECARD_PATH, SCORECARD, "\"scorecard-1\"");
        tagged(indicators, "/api/v1/principles", PRINCIPLES, "\"principles-1\"");
        tagged(indicators, SCORECARD_PATH + "/change", CHANGE, "\"change-1\"");
        workstreams.resetAll();
        workstreams.stubFor(get(urlPathMatching("/api/v1/.*")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:hes:problem:not-found\",\"status\":404}")));
        for (String slug : ORGANISATIONS) {
            workstreams.stubFor(get(urlEqualTo("/api/v1/organisations/" + slug)).atPriority(1)
                    .willReturn(okJson("{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\",\"type\":\"OTHER\"}")));
        }
        for (String slug : WORKSTREAMS) {
            workstreams.stubFor(get(urlEqualTo("/api/v1/workstreams/" + slug)).atPriority(1)
                    .willReturn(okJson("{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\"}")));
        }
        tagged(workstreams, "/api/v1/workstreams", WORKSTREAM_LIST, "\"workstreams-1\"");
        tagged(workstreams, "/api/v1/actions", "{\"items\":[]}", "\"actions-1\"");
        tagged(workstreams, HOUSING_DASHBOARD_PATH, HOUSING_DASHBOARD, "\"housing-1\"");
        tagged(workstreams, "/api/v1/workstreams/business-skills-employment/dashboard", BSE_DASHBOARD,
                "\"business-skills-employment-1\"");
    }

    /**
     * The path (whatever the query) now answers this body with this entity tag, and 304 to a request naming the tag
     * in If-None-Match, as the services answer.
     */
    public static void tagged(WireMockServer server, String path, String body, String tag) {
        server.getStubMappings().stream().filter(stub -> path.equals(stub.getRequest().getUrlPath()))
                .toList().forEach(server::removeStub);
        server.stubFor(get(urlPathEqualTo(path)).atPriority(2).willReturn(okJson(body).withHeader("ETag", tag)));
        server.stubFor(get(urlPathEqualTo(path)).atPriority(1).withHeader("If-None-Match", equalTo(tag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", tag)));
    }

    /** Every request to the server fails as a stopped service's would: the connection is dropped. */
    public static void down(WireMockServer server) {
        server.resetAll();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The given path answers, but only after the delay. */
    public static void slow(WireMockServer server, String path, String body, int delayMillis) {
        server.stubFor(get(urlEqualTo(path)).atPriority(0).willReturn(okJson(body).withFixedDelay(delayMillis)));
    }

    static final String SCORECARD = """
            {"area":{"code":"E06000032","name":"Luton"},
             "comparators":[{"code":"E92000001","name":"England"},{"code":"E12000006","name":"East of England"}],
             "period":"latest",
             "principles":[
               {"id":0,"title":"Overarching","indicators":[
                 {"indicatorId":90366,"name":"Life expectancy at birth","unit":"years","sex":"Male","age":"All ages",
                  "periods":[{"period":{"label":"2020-22","type":"CALENDAR_MULTI_YEAR","sortKey":20200000},
                    "value":77.0,"lowerCi95":76.5,"upperCi95":77.5,
                    "comparisons":[
                      {"areaCode":"E92000001","areaName":"England","value":78.9,
                       "computed":"WORSE","computedLabel":"Worse"},
                      {"areaCode":"E12000006","areaName":"East of England","value":79.8,"computed":"WORSE",
                       "computedLabel":"Worse"}],
                    "trend":{"computed":"DECREASING","label":"Decreasing and getting worse"}}]}]},
               {"id":6,"title":"Strengthen the role and impact of ill-health prevention","indicators":[
                 {"indicatorId":93088,"name":"Adults overweight or obese","unit":"%","sex":"Persons","age":"18+ yrs",
                  "periods":[{"period":{"label":"2022/23","type":"FINANCIAL_YEAR","sortKey":20220000},"value":63.4,
                    "comparisons":[
                      {"areaCode":"E92000001","areaName":"England","value":64.0,"computed":"SIMILAR",
                       "computedLabel":"Similar"},
                      {"areaCode":"E12000006","areaName":"East of England","value":64.8,"reported":"BETTER"}]}]}]}]}
            """;

    /** Change since the baseline as indicators-service reads it, for the two indicators of the scorecard. */
    static final String CHANGE = """
            {"area":{"code":"E06000032","name":"Luton"},"baselineBefore":"2022-09-01",
             "rows":[
               {"indicatorId":90366,"name":"Life expectancy at birth","principle":0,"sex":"Male","age":"All ages",
                "latest":{"period":"2020-22","value":77.0},"note":"No value for a period ending before 2022-09-01",
                "comparisons":[]},
               {"indicatorId":93088,"name":"Adults overweight or obese","principle":6,"sex":"Persons",
                "age":"18+ yrs","baseline":{"period":"2021/22","value":66.123},
                "latest":{"period":"2022/23","value":63.4},
                "change":{"value":-2.723,"lowerCi95":-4.9876,"upperCi95":-0.4584,"outcome":"IMPROVED",
                          "statement":"Improved"},
                "comparisons":[{"code":"E92000001","name":"England",
                  "difference":{"value":-2.2,"lowerCi95":-4.5,"upperCi95":0.1,"outcome":"NO_DIFFERENT",
                                "statement":"No different from England"}}]}]}
            """;

    /** The principles as indicators-service lists them (its V1 migration). */
    static final String PRINCIPLES = """
            {"items":[{"id":0,"title":"Overarching outcomes: life expectancy and healthy life expectancy"},
              {"id":1,"title":"Give every child the best start in life"},
              {"id":2,"title":"Enable all children, young people and adults to maximise their capabilities and have \
            control over their lives"},
              {"id":3,"title":"Create fair employment and good work for all"},
              {"id":4,"title":"Ensure a healthy standard of living for all"},
              {"id":5,"title":"Create and develop healthy and sustainable places and communities"},
              {"id":6,"title":"Strengthen the role and impact of ill-health prevention"},
              {"id":7,"title":"Tackle racism, discrimination and their outcomes"},
              {"id":8,"title":"Pursue environmental sustainability and health equity together"}]}
            """;

    static final String WORKSTREAM_LIST = """
            {"items":[
              {"slug":"business-skills-employment","name":"Business, Skills and Employment",
               "chairRole":"Public Health Manager","principles":[2,3,6],"status":"ACTIVE"},
              {"slug":"housing","name":"Housing","chairRole":"Housing SMT","principles":[4,5],"status":"ACTIVE"}],
             "page":{"number":1,"size":100,"totalItems":2,"totalPages":1}}
            """;

    static final String HOUSING_DASHBOARD = """
            {"workstream":"housing","name":"Housing","chairRole":"Housing SMT",
             "workplan":{"id":1,"year":"2024/25","status":"SIGNED_OFF","signedOffBy":"admin"},
             "actions":{"total":6,"byStatus":{"NOT_STARTED":2,"IN_PROGRESS":3,"COMPLETED":1,"BLOCKED":0,"CANCELLED":0},
                        "byRag":{"GREEN":1,"AMBER":1,"RED":0,"NOT_RATED":4},
                        "overdue":[{"id":3,"title":"Develop KPI dashboard","ownerOrganisation":"lbc",
                                    "dueDate":"2024-10-31","status":"NOT_STARTED"}]},
             "kpis":[{"id":7,"name":"Homes improved in the private rented sector","unit":"homes",
                      "latest":{"period":"2024/25","target":120,"actual":96,"rag":"AMBER","reason":"Short by 20.0%",
                                "ruleVersion":"kpi-rag-1"}}],
             "outcomes":{"available":true}}
            """;

    static final String BSE_DASHBOARD = """
            {"workstream":"business-skills-employment","name":"Business, Skills and Employment",
             "chairRole":"Public Health Manager",
             "workplan":{"id":2,"year":"2024/25","status":"DRAFT"},
             "actions":{"total":5,"byStatus":{"NOT_STARTED":2,"IN_PROGRESS":3},"byRag":{"NOT_RATED":5},"overdue":[]},
             "kpis":[{"id":1,"name":"Number of people accessing employment skills training","unit":"people"}],
             "outcomes":{"available":true,"indicators":[
               {"statement":"Fewer adults overweight","indicatorId":93088,"name":"Adults overweight or obese"},
               {"statement":"Longer lives","indicatorId":90366,"name":"Life expectancy at birth"}]}}
            """;
}
