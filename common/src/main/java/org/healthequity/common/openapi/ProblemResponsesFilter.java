package org.healthequity.common.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.healthequity.common.http.ConditionalRequests;
import org.healthequity.common.http.DataVersionTags;
import org.healthequity.common.problem.Problem;
import org.healthequity.conventions.ProblemType;

/**
 * Documents, on every operation of every service, the RFC 9457 problem responses it can give, so that a client reads
 * them in the contract rather than discovering them: 400 for malformed input, 401 and 403 where a role is needed, 404
 * under a path parameter, 409, 415 and 422 for writes, 412 and 428 where If-Match guards the write. Operations open to
 * anonymous callers say so with an empty security requirement. Also 406, 413, 429, 503 and 504 where they can
 * happen; the headers clients rely on (ETag, Location on a 201, Link on pages, Retry-After, the gateway's RateLimit);
 * If-Match as required where its absence is a 428; and 201 for the operations marked {@link #CREATES}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String ERROR_SCHEMA = "ProblemError";
    private static final String REFERENCE_PREFIX = "#/components/responses/";

    private static final String NOT_BLANK = "\\S";
    private static final String HEADER_PREFIX = "#/components/headers/";
    private static final String ETAG = "ETag";
    private static final String LAST_MODIFIED = "Last-Modified";
    private static final String LOCATION = "Location";
    private static final String LINK = "Link";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String RATE_LIMIT = "RateLimit";
    private static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

    private static final Map<ProblemType, String> DESCRIPTIONS = new LinkedHashMap<>();
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put(ProblemType.MALFORMED_REQUEST, "Malformed request or invalid parameter");
        DESCRIPTIONS.put(ProblemType.UNAUTHORIZED, "A valid bearer token from the health-equity realm is needed");
        DESCRIPTIONS.put(ProblemType.FORBIDDEN, "The caller's roles or scope do not allow this");
        DESCRIPTIONS.put(ProblemType.NOT_FOUND, "No such resource");
        DESCRIPTIONS.put(ProblemType.CONFLICT, "The change conflicts with the resource's current state");
        DESCRIPTIONS.put(ProblemType.PRECONDITION_FAILED, "If-Match names a version that is no longer current");
        DESCRIPTIONS.put(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body's media type is not accepted");
        DESCRIPTIONS.put(ProblemType.VALIDATION_FAILED, "The request is well formed but invalid; errors[] names "
                + "each field or row");
        DESCRIPTIONS.put(ProblemType.PRECONDITION_REQUIRED, "The write needs If-Match with the ETag last read");
        DESCRIPTIONS.put(ProblemType.NOT_ACCEPTABLE, "None of the media types in Accept can be served");
        DESCRIPTIONS.put(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than this operation takes");
        DESCRIPTIONS.put(ProblemType.TOO_MANY_REQUESTS, "The caller's rate limit at the gateway is spent; "
                + "Retry-After says when to try again");
        DESCRIPTIONS.put(ProblemType.SERVICE_UNAVAILABLE, "The service, its database or a service it needs cannot "
                + "answer now, or too many requests of this kind are running; Retry-After says when to try again");
        DESCRIPTIONS.put(ProblemType.GATEWAY_TIMEOUT, "The service did not answer the gateway in time");
        HEADERS.put(ETAG, "The version of what was returned (strong). Send it in If-Match to change the resource");
        HEADERS.put(LAST_MODIFIED, "When the data this read is built from last changed (reads of a service's own "
                + "data, once the change is a second old); send it back in If-Modified-Since");
        HEADERS.put(LOCATION, "The address of what was created");
        HEADERS.put(LINK, "RFC 8288 links: to the other pages of a list (rel first, prev, next and last) and, on "
                + "CSV, to its CSVW description (rel describedby)");
        HEADERS.put(RETRY_AFTER, "Seconds to wait before trying again");
        HEADERS.put(RATE_LIMIT, "The caller's allowance left in the current window, set by the gateway: "
                + "limit=N, remaining=N, reset=seconds");
        HEADERS.put(RATE_LIMIT_POLICY, "The rate limit that applies to the caller, set by the gateway: N;w=seconds");
    }

    /**
     * The extension a create operation carries ({@code @Extension(name = CREATES, value = "true")}): its success is
     * documented as 201 with Location; {@code "also"} keeps the 200 beside it, for writes that create only sometimes.
     */
    public static final String CREATES = "x-hes-creates";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(ERROR_SCHEMA, errorSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        // Clients call through the gateway, whose origin also serves this contract.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The gateway this contract is served from")));
        HEADERS.forEach((name, description) -> components.addHeader(name, OASFactory.createHeader()
                .description(description).schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))));
        DESCRIPTIONS.forEach((type, description) -> {
            APIResponse response = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA))
                            .example(Map.of("type", type.uri(), "title", type.title(), "status", type.status()))));
            rateLimited(response);
            if (type == ProblemType.TOO_MANY_REQUESTS || type == ProblemType.SERVICE_UNAVAILABLE) {
                response.addHeader(RETRY_AFTER, header(RETRY_AFTER));
            }
            components.addResponse(name(type), response);
        });
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ProblemResponsesFilter::anchorPatterns);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        CsvDescriptionOperations.add(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    document(path, method, operation);
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> {
                            QueryConventions.type(parameter, operation);
                            anchorPatterns(parameter.getSchema());
                        });
                    }
                }));
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value; a JSON Schema pattern matches anywhere in it. Every
     * pattern is anchored, so that the contract refuses what the server refuses ("Bad Slug" for a slug).
     */
    private static void anchorPatterns(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        // \S is how the scanner writes @NotBlank ("holds a non-blank character"): meant to match anywhere.
        if (pattern != null && !pattern.equals(NOT_BLANK) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ProblemResponsesFilter::anchorPatterns);
        }
        anchorPatterns(schema.getItems());
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(ProblemResponsesFilter::anchorPatterns);
            }
        }
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        boolean secured = operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
        if (!secured) {
            operation.setSecurity(List.<SecurityRequirement>of(OASFactory.createSecurityRequirement()));
        }
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasBody = operation.getRequestBody() != null;
        boolean guarded = hasHeader(operation, "If-Match");

        put(responses, ProblemType.MALFORMED_REQUEST, true);
        // A token that is sent is checked even where none is needed; open reads may still hold back some data
        // (provisional values) from some callers; and a well-formed request can ask for what cannot be answered.
        put(responses, ProblemType.UNAUTHORIZED, true);
        put(responses, ProblemType.FORBIDDEN, true);
        put(responses, ProblemType.NOT_FOUND, path.contains("{"));
        put(responses, ProblemType.CONFLICT, write && secured);
        put(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, hasBody);
        put(responses, ProblemType.VALIDATION_FAILED, true);
        put(responses, ProblemType.PRECONDITION_FAILED, guarded);
        // Updates and deletes need If-Match; other writes that take it check it when given, unless their
        // parameter says it is required (as approving a logic model does).
        boolean ifMatchRequired = guarded && (method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || operation.getParameters().stream().anyMatch(parameter ->
                        isIfMatch(parameter) && Boolean.TRUE.equals(parameter.getRequired())));
        put(responses, ProblemType.PRECONDITION_REQUIRED, ifMatchRequired);
        put(responses, ProblemType.NOT_ACCEPTABLE, hasContent(responses));
        put(responses, ProblemType.PAYLOAD_TOO_LARGE, hasBody);
        put(responses, ProblemType.TOO_MANY_REQUESTS, true);
        put(responses, ProblemType.SERVICE_UNAVAILABLE, true);
        put(responses, ProblemType.GATEWAY_TIMEOUT, true);
        if (method == PathItem.HttpMethod.GET) {
            documentConditionalRead(operation, responses);
        }
        documentCreation(operation, responses);
        boolean paged = hasQueryParameter(operation, "page");
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getRef() != null) {
                return;
            }
            rateLimited(response);
            boolean success = code.startsWith("2");
            if (success && response.getContent() != null && !code.equals("204")) {
                response.addHeader(ETAG, header(ETAG));
                if (method == PathItem.HttpMethod.GET) {
                    response.addHeader(LAST_MODIFIED, header(LAST_MODIFIED));
                }
            }
            if (success && (paged || code.equals("200") && CsvDescriptionOperations.answersCsv(operation))) {
                response.addHeader(LINK, header(LINK));
            }
            if (code.equals("201")) {
                response.addHeader(LOCATION, header(LOCATION));
            }
        });
        // Where a missing If-Match is refused (428), the contract says the header is required.
        if (ifMatchRequired) {
            operation.getParameters().stream().filter(ProblemResponsesFilter::isIfMatch)
                    .forEach(parameter -> parameter.required(true));
        }
    }

    /** Every read takes If-None-Match and answers 304, with no body, when it names the current ETag. */
    private static void documentConditionalRead(Operation operation, APIResponses responses) {
        if (!hasHeader(operation, ConditionalRequests.IF_NONE_MATCH)) {
            operation.addParameter(OASFactory.createParameter().name(ConditionalRequests.IF_NONE_MATCH)
                    .in(Parameter.In.HEADER).description("ETags of what the caller holds (or *): a 304 with no body "
                            + "if the current one is among them")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(2048)));
        }
        if (!hasHeader(operation, DataVersionTags.IF_MODIFIED_SINCE)) {
            operation.addParameter(OASFactory.createParameter().name(DataVersionTags.IF_MODIFIED_SINCE)
                    .in(Parameter.In.HEADER).description("The Last-Modified of what the caller holds: a 304 with no "
                            + "body if nothing has changed since (ignored when If-None-Match is sent)")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(64)));
        }
        if (!responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: what the caller holds is current")
                    .addHeader(ETAG, header(ETAG)).addHeader(LAST_MODIFIED, header(LAST_MODIFIED)));
        }
    }

    /** A create's success is a 201 with the same body as the 200 the scanner documented. */
    private static void documentCreation(Operation operation, APIResponses responses) {
        Object creates = operation.getExtensions() == null ? null : operation.getExtensions().get(CREATES);
        if (creates == null) {
            return;
        }
        operation.removeExtension(CREATES);
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || responses.hasAPIResponse("201")) {
            return;
        }
        APIResponse created = OASFactory.createAPIResponse().description("Created")
                .content(ok.getContent());
        if (!"also".equals(String.valueOf(creates))) {
            responses.removeAPIResponse("200");
        }
        responses.addAPIResponse("201", created);
    }

    private static void rateLimited(APIResponse response) {
        response.addHeader(RATE_LIMIT, header(RATE_LIMIT));
        response.addHeader(RATE_LIMIT_POLICY, header(RATE_LIMIT_POLICY));
    }

    private static Header header(String name) {
        return OASFactory.createHeader().ref(HEADER_PREFIX + name);
    }

    private static boolean hasContent(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream().anyMatch(entry -> entry.getKey().startsWith("2")
                && entry.getValue().getContent() != null && entry.getValue().getContent().getMediaTypes() != null
                && !entry.getValue().getContent().getMediaTypes().isEmpty());
    }

    private static boolean hasQueryParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY && name.equals(parameter.getName()));
    }

    /** Sets the problem response for the status, replacing a bare one another filter added. */
    private static void put(APIResponses responses, ProblemType type, boolean applies) {
        if (!applies) {
            return;
        }
        String code = Integer.toString(type.status());
        APIResponse existing = responses.getAPIResponse(code);
        Content content = existing == null ? null : existing.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(REFERENCE_PREFIX + name(type)));
        }
    }

    private static boolean isIfMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName());
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(
                        parameter.getName()));
    }

    private static String name(ProblemType type) {
        StringBuilder name = new StringBuilder();
        for (String word : type.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return name.toString();
    }

    private static Schema errorSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field or row of a request")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The invalid field, as a path into the request body").examples(List.of("name")))
                .addProperty("row", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("1-based data row of a bulk upload"))
                .addProperty("code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .examples(List.of("required")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("URI identifying the problem type")
                        .examples(List.of("urn:hes:problem:validation-failed")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Identifier of the request, as logged by every service it reached"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + ERROR_SCHEMA)))
                .required(List.of("type", "title", "status"));
    }
}
