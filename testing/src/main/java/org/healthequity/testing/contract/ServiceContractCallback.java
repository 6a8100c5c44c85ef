package org.healthequity.testing.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts a {@link ContractFilter} on REST Assured before each {@code @QuarkusTest} method of a service whose build asks
 * for it ({@code hes.contract.validation}), with the contract the application under test serves at
 * {@code /q/openapi}: every request a test makes is then checked against the service's own contract.
 */
public class ServiceContractCallback implements QuarkusTestBeforeEachCallback {

    private static final Map<Integer, Contract> CONTRACTS = new ConcurrentHashMap<>();
    private static volatile ContractFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractFilter.Mode mode = ContractFilter.Mode.fromSystemProperty();
        if (mode == ContractFilter.Mode.OFF) {
            return;
        }
        if (filter == null) {
            filter = new ContractFilter(path -> CONTRACTS.computeIfAbsent(RestAssured.port,
                    ServiceContractCallback::served), mode);
        }
        if (!RestAssured.filters().contains(filter)) {
            RestAssured.filters(filter);
        }
    }

    private static Contract served(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/q/openapi answered " + response.statusCode());
            }
            return new Contract("service", response.body());
        } catch (Exception e) {
            throw new IllegalStateException("The contract of the application under test could not be read", e);
        }
    }
}
