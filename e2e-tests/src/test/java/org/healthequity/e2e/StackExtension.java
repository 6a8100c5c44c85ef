package org.healthequity.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

import org.healthequity.launcher.PortCheck;
import org.healthequity.launcher.Stack;
import org.healthequity.launcher.StackConfig;
import org.healthequity.testing.contract.Contract;
import org.healthequity.testing.contract.ContractFilter;

/**
 * Starts the real stack once for all end-to-end tests: Keycloak with the realm, embedded PostgreSQL, the three
 * services and the gateway, on free ports and with throwaway data under {@code e2e-tests/target/e2e-*} (the logs
 * stay there for reading after a failure), exactly as {@code ./run.sh} starts them.
 */
public final class StackExtension implements BeforeAllCallback {

    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("hes-stack",
                key -> startStack(), Stack.class);
    }

    public static StackConfig config() {
        return stack.config();
    }

    /** The running stack, for the fault tests that stop and restart its parts. */
    static Stack stack() {
        return stack;
    }

    private static synchronized Stack startStack() {
        Path home = Path.of(System.getProperty("hes.home", "..")).toAbsolutePath().normalize();
        Path data;
        try {
            Path target = Path.of(System.getProperty("hes.keycloak.unpack-directory"));
            data = Files.createTempDirectory(Files.createDirectories(target), "e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackConfig config = new StackConfig(home, data,
                new StackConfig.Ports(PortCheck.freePort(), PortCheck.freePort(), PortCheck.freePort(),
                        PortCheck.freePort(), PortCheck.freePort(), PortCheck.freePort(), PortCheck.freePort()),
                Optional.empty(), "postgres", "postgres", Optional.empty(), true,
                Path.of(System.getProperty("hes.keycloak.distribution")),
                Path.of(System.getProperty("hes.keycloak.unpack-directory")),
                true, StackConfig.DEFAULT_SERVICE_HEAP);
        long started = System.nanoTime();
        stack = Stack.start(config, message -> System.out.println("[stack] " + message));
        System.out.printf("[stack] ready in %.1f s; logs in %s%n", (System.nanoTime() - started) / 1e9,
                config.logDirectory());
        checkExchangesAgainstContracts(config);
        return stack;
    }

    /**
     * Every REST Assured exchange of the suite, through the gateway or directly with a service, is checked against
     * the contract the gateway serves for its path ({@code hes.contract.validation}, {@code fail} in the build).
     */
    private static void checkExchangesAgainstContracts(StackConfig config) {
        ContractFilter.Mode mode = ContractFilter.Mode.fromSystemProperty();
        if (mode == ContractFilter.Mode.OFF) {
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Contract> contracts = List.of("indicators", "workstreams", "evaluation").stream().map(name -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.gatewayUrl()
                        + "/openapi/" + name)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("The gateway served no " + name + " contract: "
                            + response.statusCode());
                }
                return new Contract(name, response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }).toList();
        RestAssured.filters(new ContractFilter(path -> contracts.stream().filter(contract -> contract.covers(path))
                .findFirst().orElse(null), mode));
    }
}
