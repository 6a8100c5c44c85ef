package org.healthequity.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-ins for the services behind the gateway: indicators and workstreams are stub servers the tests program and
 * inspect; evaluation points at a port where nothing listens, as a stopped service would.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

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
        return Map.of(
                "gateway.upstreams.indicators.url", indicators.baseUrl(),
                "gateway.upstreams.workstreams.url", workstreams.baseUrl(),
                "gateway.upstreams.evaluation.url", "http://localhost:" + deadPort,
                "gateway.upstreams.recovering.url", "http://localhost:" + recoveringPort);
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
