package org.healthequity.testing.contract;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST Assured exchange of a test against the contract that covers its path: a response that departs
 * from its contract fails the test ({@code hes.contract.validation=fail}, the build's setting) or is appended to
 * {@code target/contract-violations.txt} ({@code report}, for counting them).
 */
public final class ContractFilter implements Filter {

    /** How departures are handled, from the system property {@code hes.contract.validation}. */
    public enum Mode {
        OFF,
        REPORT,
        FAIL;

        public static Mode fromSystemProperty() {
            String value = System.getProperty("hes.contract.validation", "off").trim().toUpperCase(Locale.ROOT);
            return value.isEmpty() ? OFF : Mode.valueOf(value);
        }
    }

    private static final Path REPORT = Path.of("target", "contract-violations.txt");

    private final Function<String, Contract> contracts;
    private final Mode mode;

    /** {@code contracts} gives the contract covering a request path, or null where none does. */
    public ContractFilter(Function<String, Contract> contracts, Mode mode) {
        this.contracts = contracts;
        this.mode = mode;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        // A custom method's colon (actuals:batch) is sent percent-encoded; the services match it either way.
        String path = uri.getRawPath() == null ? null : uri.getRawPath().replace("%3A", ":").replace("%3a", ":");
        if (mode == Mode.OFF || path == null || !path.startsWith("/api/")) {
            return response;
        }
        Contract contract = contracts.apply(path);
        if (contract == null) {
            return response;
        }
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        for (Header header : request.getHeaders()) {
            requestHeaders.put(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            responseHeaders.put(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        Object body = request.getBody();
        String requestBody = body instanceof String text ? text
                : body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : null;
        List<String> violations = contract.check(new Contract.Exchange(request.getMethod(), path, query(uri),
                requestHeaders, request.getContentType(), requestBody, response.getStatusCode(),
                response.getContentType(), responseHeaders, response.asString()));
        if (violations.isEmpty()) {
            return response;
        }
        if (mode == Mode.REPORT) {
            report(contract, violations);
            return response;
        }
        throw new AssertionError("The exchange departs from the " + contract.name() + " contract:\n  "
                + String.join("\n  ", violations));
    }

    private static synchronized void report(Contract contract, List<String> violations) {
        try {
            Files.createDirectories(REPORT.getParent());
            List<String> lines = violations.stream().map(line -> contract.name() + "\t" + line).toList();
            Files.write(REPORT, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write " + REPORT, e);
        }
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
