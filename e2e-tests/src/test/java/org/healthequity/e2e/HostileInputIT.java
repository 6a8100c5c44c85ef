package org.healthequity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


/**
 * Every operation of the three contracts, called directly on its service with an admin token (so that the input is
 * read, not refused at the door) and with hostile input: each path and query parameter replaced in turn by values
 * of the wrong type, out of range, too long, or holding NUL and control characters; wrong media types and
 * malformed headers; and bodies that are not JSON, nest without end, or put wrong types, huge and tiny numbers, long
 * and NUL-holding strings in each field the contract names. No answer may be a 5xx or an error that is not a
 * problem document, and a refused write must leave the service's stored data exactly as it was.
 */
@ExtendWith(StackExtension.class)
class HostileInputIT {

    private static final String LONG = "x".repeat(5000);
    /** Already percent-encoded: sent as they are. */
    private static final List<String> PATH_VALUES = List.of("%00", "%01%02", LONG, "-1", "0",
            "99999999999999999999", "1e309", "NaN", "%2e%2e", "%E2%80%AE", "'%20OR%201=1--", "%F0%9F%92%A9",
            "%C3%28");
    private static final List<String> QUERY_VALUES = List.of("", "%00", "%0A%0D", LONG, "-1",
            "99999999999999999999", "-9223372036854775809", "1e309", "NaN", "true", "%7B%7D", "%E2%80%AE",
            "2147483647");
    private static final List<String> RAW_BODIES = List.of("", "null", "[]", "\"text\"", "1e400", "{", "}",
            "{\"a\":1,}", "[".repeat(100_000), "{\"a\":".repeat(20_000), "\u0000", "{\"\u0000\":\"\u0000\"}");
    private static final List<String> FIELD_VALUES = List.of("null", "\"\"", "\"" + "y".repeat(100_000) + "\"",
            "-1e308", "1e400", "9223372036854775808", "-0.0000000000000000000001", "true", "[]", "{}",
            "\"\\u0000\"", "\"\\u202e\\u0007\"", "\"2024/25" + " ".repeat(50_000) + "x\"", "[[[[[[[[[[1]]]]]]]]]]");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String token;
    private static final List<String> failures = new ArrayList<>();
    private static int requests;

    @BeforeAll
    static void adminToken() {
        token = Tokens.user("admin");
    }

    @Test
    void noHostileInputGetsAServerErrorOrAnUnshapedErrorOrChangesWhatIsStored() {
        Map<String, Integer> refusedWrites = new LinkedHashMap<>();
        for (String service : Services.NAMES) {
            Map<String, Map<String, Map<String, Object>>> paths = contractPaths(service);
            paths.forEach((template, operations) -> operations.forEach((method, operation) -> {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    return;
                }
                String verb = method.toUpperCase();
                boolean write = !verb.equals("GET");
                String before = write ? Services.fingerprint(service) : null;
                boolean accepted = false;
                for (Attempt attempt : attempts(verb, template, operation)) {
                    Answer answer = send(service, verb, attempt);
                    if (write && answer.status() < 400) {
                        failures.add(service + " " + verb + " " + abbreviated(attempt.path()) + " ("
                                + attempt.description() + "): accepted with " + answer.status());
                    }
                    accepted |= answer.status() < 400;
                    judge(service, verb, attempt, answer);
                }
                if (write && !accepted) {
                    refusedWrites.merge(service, 1, Integer::sum);
                    assertThat(Services.fingerprint(service)).as("stored data after refused " + verb + " "
                            + template).isEqualTo(before);
                }
            }));
        }
        System.out.printf("[hostile] %d requests; writes whose every hostile call was refused, data unchanged: %s%n",
                requests, refusedWrites);
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(3000);
    }

    private record Attempt(String description, String path, String query, Map<String, String> headers,
            String contentType, byte[] body) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> contractPaths(String service) {
        return (Map<String, Map<String, Map<String, Object>>>) (Map<?, ?>) Services.contract(service).get("paths");
    }

    @SuppressWarnings("unchecked")
    private static List<Attempt> attempts(String verb, String template, Map<String, Object> operation) {
        List<Attempt> attempts = new ArrayList<>();
        String plain = template.replaceAll("\\{[^}]+}", "1");
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                List.of());
        boolean hasBody = operation.containsKey("requestBody");
        String mediaType = hasBody ? ((Map<String, Object>) ((Map<String, Object>) operation.get("requestBody"))
                .get("content")).keySet().iterator().next() : null;
        byte[] emptyObject = "{}".getBytes(StandardCharsets.UTF_8);
        for (Map<String, Object> parameter : parameters) {
            String name = (String) parameter.get("name");
            if ("path".equals(parameter.get("in"))) {
                for (String value : PATH_VALUES) {
                    attempts.add(new Attempt("path " + name + "=" + abbreviated(value),
                            template.replace("{" + name + "}", value).replaceAll("\\{[^}]+}", "1"), "", Map.of(),
                            mediaType, hasBody ? emptyObject : null));
                }
            } else if ("query".equals(parameter.get("in"))) {
                for (String value : QUERY_VALUES) {
                    attempts.add(new Attempt("query " + name + "=" + abbreviated(value), plain,
                            name + "=" + value, Map.of(), mediaType, hasBody ? emptyObject : null));
                }
            }
        }
        attempts.add(new Attempt("unknown query parameter with NUL", plain, "unknown=%00&page=%00", Map.of(),
                mediaType, hasBody ? emptyObject : null));
        for (Map<String, String> headers : List.of(Map.of("Accept", "application/xml"),
                Map.of("Accept", "*/*;q=oops"), Map.of("If-Match", "garbage"), Map.of("If-Match", "\""),
                Map.of("If-None-Match", "W/"), Map.of("X-Request-Id", LONG), Map.of("Accept-Language", LONG))) {
            attempts.add(new Attempt("header " + headers.keySet(), plain, "", headers, mediaType,
                    hasBody ? emptyObject : null));
        }
        if (!hasBody) {
            if (!verb.equals("GET")) {
                attempts.add(new Attempt("unexpected body", plain, "", Map.of(), "application/json",
                        "{\"a\":".repeat(20_000).getBytes(StandardCharsets.UTF_8)));
            }
            return attempts;
        }
        for (String contentType : List.of("text/plain", "application/xml", "application/json; charset=utf-16",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")) {
            attempts.add(new Attempt("content type " + contentType, plain, "", Map.of(), contentType,
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }
        if (mediaType.startsWith("text/csv") || mediaType.contains("octet")) {
            for (String csv : List.of("\"" + "q".repeat(200_000), "a,".repeat(5000) + "\n1",
                    "Indicator ID\u0000,Area Code\n1,\u0000", "=HYPERLINK(\"http://x\"),-1+1\n")) {
                attempts.add(new Attempt("csv body", plain, "", Map.of(), "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8)));
            }
            return attempts;
        }
        for (String raw : RAW_BODIES) {
            attempts.add(new Attempt("body " + abbreviated(raw), plain, "", Map.of(), "application/json",
                    raw.getBytes(StandardCharsets.UTF_8)));
        }
        attempts.add(new Attempt("body not UTF-8", plain, "", Map.of(), "application/json",
                new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }));
        for (String field : bodyFields(operation)) {
            for (String value : FIELD_VALUES) {
                attempts.add(new Attempt("field " + field + "=" + abbreviated(value), plain, "", Map.of(),
                        "application/json", ("{\"" + field + "\":" + value + "}").getBytes(StandardCharsets.UTF_8)));
            }
        }
        return attempts;
    }

    /** The fields the contract names for the body: its own properties, or those of the schema it refers to. */
    @SuppressWarnings("unchecked")
    private static List<String> bodyFields(Map<String, Object> operation) {
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.get("requestBody"))
                .get("content");
        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.values().iterator().next())
                .get("schema");
        String reference = schema == null ? null : (String) schema.get("$ref");
        if (reference == null && schema != null && schema.get("items") instanceof Map<?, ?> items) {
            reference = (String) items.get("$ref");
        }
        if (reference == null) {
            return List.of("value");
        }
        String name = reference.substring(reference.lastIndexOf('/') + 1);
        for (String service : Services.NAMES) {
            Map<String, Object> components = (Map<String, Object>) Services.contract(service).get("components");
            Map<String, Object> schemas = components == null ? Map.of()
                    : (Map<String, Object>) components.getOrDefault("schemas", Map.of());
            if (schemas.get(name) instanceof Map<?, ?> found && found.get("properties") instanceof Map<?, ?> fields) {
                return new ArrayList<>((Set<String>) fields.keySet());
            }
        }
        return List.of("value");
    }

    /** What came back: status, media type and body. */
    private record Answer(int status, String contentType, String body) {
    }

    private static Answer send(String service, String verb, Attempt attempt) {
        requests++;
        String target = Services.url(service) + attempt.path() + (attempt.query().isEmpty() ? "" : "?"
                + attempt.query());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        attempt.headers().forEach(request::header);
        if (attempt.body() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        request.method(verb, attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            return new Answer(599, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void judge(String service, String verb, Attempt attempt, Answer answer) {
        int status = answer.status();
        String where = service + " " + verb + " " + abbreviated(attempt.path()) + " (" + attempt.description() + ")";
        if (status >= 500) {
            failures.add(where + ": " + status + " " + abbreviated(answer.body()));
        } else if (status >= 400 && (answer.contentType() == null
                || !answer.contentType().startsWith("application/problem+json")
                || !answer.body().contains("\"status\":" + status))) {
            failures.add(where + ": " + status + " without a problem document: " + answer.contentType() + " "
                    + abbreviated(answer.body()));
        }
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…(" + oneLine.length() + ")";
    }
}
