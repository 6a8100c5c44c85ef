package org.healthequity.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-ins for the services behind the gateway: indicators and workstreams are stub servers the tests program and
 * inspect; evaluation points at a port where nothing listens, as a stopped service would.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    /**
     * Routes with tight limits, so that the limits can be reached in a test; a service that is down at first and
     * comes back, to show traffic resuming without a restart; and a CORS origin to allow.
     */
    private static final Map<String, String> TEST_ROUTES = Map.ofEntries(
            Map.entry("quarkus.http.cors.origins", "https://bi.luton.example"),
            Map.entry("gateway.routes.limited.prefixes", "/api/v1/limited"),
            Map.entry("gateway.routes.limited.upstream", "indicators"),
            Map.entry("gateway.routes.limited.anonymous-methods", "GET,POST"),
            Map.entry("gateway.routes.limited.rate-limit.requests", "3"),
            Map.entry("gateway.routes.limited.rate-limit.window", "PT1H"),
            Map.entry("gateway.routes.small-bodies.prefixes", "/api/v1/small-bodies"),
            Map.entry("gateway.routes.small-bodies.upstream", "indicators"),
            Map.entry("gateway.routes.small-bodies.anonymous-methods", "POST"),
            Map.entry("gateway.routes.small-bodies.max-body-size", "100"),
            Map.entry("gateway.routes.large-bodies.prefixes", "/api/v1/large-bodies"),
            Map.entry("gateway.routes.large-bodies.upstream", "indicators"),
            Map.entry("gateway.routes.large-bodies.anonymous-methods", "POST"),
            Map.entry("gateway.routes.large-bodies.max-body-size", Long.toString(32L << 20)),
            Map.entry("gateway.routes.slow-reports.prefixes", "/api/v1/slow-reports"),
            Map.entry("gateway.routes.slow-reports.upstream", "indicators"),
            Map.entry("gateway.routes.slow-reports.anonymous-methods", "GET"),
            Map.entry("gateway.routes.slow-reports.timeout", "PT0.3S"),
            Map.entry("gateway.routes.slow-uploads.prefixes", "/api/v1/slow-uploads"),
            Map.entry("gateway.routes.slow-uploads.upstream", "indicators"),
            Map.entry("gateway.routes.slow-uploads.anonymous-methods", "POST"),
            Map.entry("gateway.routes.slow-uploads.timeout", "PT0.3S"),
            Map.entry("gateway.routes.one-at-a-time.prefixes", "/api/v1/one-at-a-time"),
            Map.entry("gateway.routes.one-at-a-time.upstream", "indicators"),
            Map.entry("gateway.routes.one-at-a-time.anonymous-methods", "GET"),
            Map.entry("gateway.routes.one-at-a-time.max-concurrent", "1"),
            Map.entry("gateway.routes.slow.prefixes", "/api/v1/slow"),
            Map.entry("gateway.routes.slow.upstream", "indicators"),
            Map.entry("gateway.routes.slow.anonymous-methods", "GET"),
            Map.entry("gateway.routes.slow.timeout", "PT0.5S"),
            Map.entry("gateway.routes.recovering.prefixes", "/api/v1/recovering"),
            Map.entry("gateway.routes.recovering.upstream", "recovering"),
            Map.entry("gateway.routes.recovering.anonymous-methods", "GET"),
            Map.entry("gateway.upstreams.recovering.circuit-breaker.failure-threshold", "1"),
            Map.entry("gateway.upstreams.recovering.circuit-breaker.open-for", "PT1S"),
            Map.entry("gateway.upstreams.evaluation.circuit-breaker.failure-threshold", "2"),
            Map.entry("gateway.upstreams.evaluation.circuit-breaker.open-for", "PT30S"));

    public static WireMockServer indicators;
    public static WireMockServer workstreams;
    public static int deadPort;
    /** Where the "recovering" service will listen once a test starts it; nothing listens there at first. */
    public static int recoveringPort;

    @Override
    public Map<String, String> start() {
        indicators = new WireMockServer(wireMockConfig().dynamicPort());
        workstreams = new WireMockServer(wireMockConfig().dynamicPort());
        indicators.start();
        workstreams.start();
        deadPort = freePort();
        recoveringPort = freePort();
        Map<String, String> config = new HashMap<>(TEST_ROUTES);
        config.put("gateway.upstreams.indicators.url", indicators.baseUrl());
        config.put("gateway.upstreams.workstreams.url", workstreams.baseUrl());
        config.put("gateway.upstreams.evaluation.url", "http://localhost:" + deadPort);
        config.put("gateway.upstreams.recovering.url", "http://localhost:" + recoveringPort);
        return config;
    }

    /** Forgets the indicators stub's requests and stubs, then answers every API read and write as a service would. */
    public static void resetIndicators() {
        indicators.resetAll();
        indicators.stubFor(get(urlPathMatching("/api/v1/.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[]}")));
        indicators.stubFor(post(urlPathMatching("/api/v1/.*"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{}")));
    }

    @Override
    public void stop() {
        indicators.stop();
        workstreams.stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
