package org.healthequity.testing.contract;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

/**
 * A served OpenAPI 3.1 contract, and what it says about one exchange: whether the path, the method, the status, the
 * response's media type, headers and body are documented and conform, and, when the server accepted the request,
 * whether the request's parameters and body conform too. Schemas are checked by networknt's validator in the
 * OpenAPI 3.1 dialect, formats asserted.
 */
public final class Contract {

    /** The response headers clients rely on; each one sent must be declared on the response that sends it. */
    static final List<String> DECLARED_HEADERS = List.of("ETag", "Last-Modified", "Location", "Link", "Retry-After",
            "RateLimit", "RateLimit-Policy");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^/}]+}");

    private final String name;
    private final String uri;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<PathTemplate> templates = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record PathTemplate(String template, Pattern pattern, int variables) {
    }

    /** One exchange as the client saw it. {@code query} keeps repeated parameters. */
    public record Exchange(String method, String path, Map<String, List<String>> query,
            Map<String, String> requestHeaders, String requestContentType, String requestBody, int status,
            String responseContentType, Map<String, String> responseHeaders, String responseBody) {
    }

    public Contract(String name, String json) {
        this.name = name;
        this.uri = "https://contracts.healthequity.test/" + name + ".json";
        try {
            this.document = JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("The " + name + " contract is not JSON", e);
        }
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(uri, json))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            String template = paths.next();
            String regex = TEMPLATE_VARIABLE.splitAsStream(template).map(Pattern::quote)
                    .reduce((a, b) -> a + "[^/]+" + b).orElse("");
            if (template.endsWith("}")) {
                regex += "[^/]+";
            }
            templates.add(new PathTemplate(template, Pattern.compile(regex),
                    (int) TEMPLATE_VARIABLE.matcher(template).results().count()));
        }
    }

    public String name() {
        return name;
    }

    /** Whether this contract has an operation on a path like this one (any method). */
    public boolean covers(String path) {
        return template(path) != null;
    }

    /** Every way the exchange departs from the contract; empty when it conforms. */
    public List<String> check(Exchange exchange) {
        List<String> violations = new ArrayList<>();
        // CORS preflights and HEAD are the HTTP layer's, not operations of the contract.
        if (exchange.method().equalsIgnoreCase("OPTIONS") || exchange.method().equalsIgnoreCase("HEAD")) {
            return violations;
        }
        String where = exchange.method() + " " + exchange.path() + " → " + exchange.status() + ": ";
        String template = template(exchange.path());
        if (template == null) {
            if (exchange.status() != 404) {
                violations.add(where + "the path is not in the " + name + " contract");
            }
            return violations;
        }
        String method = exchange.method().toLowerCase(Locale.ROOT);
        String operationPointer = "/paths/" + escape(template) + "/" + method;
        JsonNode operation = document.at(operationPointer);
        if (operation.isMissingNode()) {
            if (exchange.status() != 405) {
                violations.add(where + "the contract has no " + exchange.method() + " " + template);
            }
            return violations;
        }
        checkResponse(exchange, where, operationPointer, operation, violations);
        if (exchange.status() >= 200 && exchange.status() < 300) {
            checkRequest(exchange, where, operationPointer, operation, violations);
        }
        return violations;
    }

    private void checkResponse(Exchange exchange, String where, String operationPointer, JsonNode operation,
            List<String> violations) {
        String code = Integer.toString(exchange.status());
        String responsePointer;
        if (operation.path("responses").has(code)) {
            responsePointer = operationPointer + "/responses/" + code;
        } else if (operation.path("responses").has(code.charAt(0) + "XX")) {
            responsePointer = operationPointer + "/responses/" + code.charAt(0) + "XX";
        } else if (operation.path("responses").has("default")) {
            responsePointer = operationPointer + "/responses/default";
        } else {
            violations.add(where + "status " + code + " is not documented");
            return;
        }
        responsePointer = followReference(responsePointer);
        JsonNode response = document.at(responsePointer);
        JsonNode declaredHeaders = response.path("headers");
        for (String header : DECLARED_HEADERS) {
            if (exchange.responseHeaders().containsKey(header.toLowerCase(Locale.ROOT))
                    && !hasField(declaredHeaders, header)) {
                violations.add(where + "header " + header + " is sent but not declared");
            }
        }
        String body = exchange.responseBody();
        if (body == null || body.isEmpty() || exchange.status() == 204 || exchange.status() == 304) {
            return;
        }
        String mediaType = mediaType(exchange.responseContentType());
        JsonNode content = response.path("content");
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            violations.add(where + "a " + mediaType + " body is not documented (documented: "
                    + fieldNames(content) + ")");
            return;
        }
        if (isJson(mediaType) && content.path(documented).has("schema")) {
            validate(responsePointer + "/content/" + escape(documented) + "/schema", body, where + "response body",
                    violations);
        }
    }

    private void checkRequest(Exchange exchange, String where, String operationPointer, JsonNode operation,
            List<String> violations) {
        Map<String, String> parameterPointers = new LinkedHashMap<>();
        JsonNode parameters = operation.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            String pointer = followReference(operationPointer + "/parameters/" + i);
            JsonNode parameter = document.at(pointer);
            String in = parameter.path("in").asText();
            String parameterName = parameter.path("name").asText();
            if (in.equals("query")) {
                parameterPointers.put(parameterName, pointer);
                if (parameter.path("required").asBoolean() && !exchange.query().containsKey(parameterName)) {
                    violations.add(where + "required query parameter " + parameterName + " was not sent");
                }
            } else if (in.equals("header") && parameter.path("required").asBoolean()
                    && !exchange.requestHeaders().containsKey(parameterName.toLowerCase(Locale.ROOT))) {
                violations.add(where + "required header " + parameterName + " was not sent");
            }
        }
        exchange.query().forEach((parameterName, values) -> {
            String pointer = parameterPointers.get(parameterName);
            if (pointer == null) {
                violations.add(where + "query parameter " + parameterName + " is not declared");
                return;
            }
            JsonNode schema = document.at(pointer + "/schema");
            for (String value : values) {
                JsonNode typed = typed(schema, value);
                List<String> errors = errors(pointer + "/schema", typed);
                errors.forEach(error -> violations.add(where + "query parameter " + parameterName + "=" + value
                        + ": " + error));
            }
        });
        String body = exchange.requestBody();
        if (body == null || body.isEmpty()) {
            return;
        }
        String mediaType = mediaType(exchange.requestContentType());
        String requestPointer = followReference(operationPointer + "/requestBody");
        JsonNode content = document.at(requestPointer).path("content");
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            violations.add(where + "a " + mediaType + " request body is not documented (documented: "
                    + fieldNames(content) + ")");
        } else if (isJson(mediaType) && content.path(documented).has("schema")) {
            validate(requestPointer + "/content/" + escape(documented) + "/schema", body, where + "request body",
                    violations);
        }
    }

    private void validate(String pointer, String body, String what, List<String> violations) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (Exception e) {
            violations.add(what + " is not JSON");
            return;
        }
        errors(pointer, node).forEach(error -> violations.add(what + ": " + error));
    }

    private List<String> errors(String pointer, JsonNode node) {
        // Loaded by location, so that the schema's references resolve within the whole contract.
        Schema schema = schemas.computeIfAbsent(pointer, key -> registry.getSchema(
                SchemaLocation.of(uri + "#" + fragment(key))));
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            messages.add(error.toString());
            if (messages.size() == 5) {
                messages.add("…");
                break;
            }
        }
        return messages;
    }

    /** A query value as JSON of the type its schema names, so that numbers and booleans are checked as such. */
    private static JsonNode typed(JsonNode schema, String value) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        try {
            if (types.contains("integer") && value.matches("-?\\d{1,18}")) {
                return nodes.numberNode(Long.parseLong(value));
            }
            if (types.contains("number") && value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                return nodes.numberNode(new BigDecimal(value));
            }
        } catch (NumberFormatException e) {
            return nodes.textNode(value);
        }
        if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
            return nodes.booleanNode(Boolean.parseBoolean(value));
        }
        if (types.contains("array")) {
            ArrayNode array = nodes.arrayNode();
            for (String item : value.split(",", -1)) {
                array.add(typed(schema.path("items"), item));
            }
            return array;
        }
        return nodes.textNode(value);
    }

    /** Follows a {@code $ref} to components, once or more, and returns the pointer of what it names. */
    private String followReference(String pointer) {
        String current = pointer;
        for (int hops = 0; hops < 5; hops++) {
            JsonNode node = document.at(current);
            if (!node.has("$ref")) {
                return current;
            }
            String reference = node.get("$ref").asText();
            if (!reference.startsWith("#")) {
                return current;
            }
            current = URLDecoder.decode(reference.substring(1), StandardCharsets.UTF_8);
        }
        return current;
    }

    private String template(String path) {
        PathTemplate best = null;
        for (PathTemplate template : templates) {
            if (template.pattern().matcher(path).matches() && (best == null
                    || template.variables() < best.variables())) {
                best = template;
            }
        }
        return best == null ? null : best.template();
    }

    private static String documentedMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        String wildcard = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        if (content.has(wildcard)) {
            return wildcard;
        }
        return content.has("*/*") ? "*/*" : null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static boolean hasField(JsonNode node, String name) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            if (names.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as a URI fragment: what a URI may not hold, percent-encoded. */
    private static String fragment(String pointer) {
        StringBuilder fragment = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                fragment.append(c);
            } else {
                fragment.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return fragment.toString();
    }
}
