package org.healthequity.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.healthequity.common.problem.Problem;
import org.healthequity.conventions.ProblemType;

/**
 * Documents, on every operation of every service, the RFC 9457 problem responses it can give, so that a client reads
 * them in the contract rather than discovering them: 400 for malformed input, 401 and 403 where a role is needed, 404
 * under a path parameter, 409, 415 and 422 for writes, 412 and 428 where If-Match guards the write. Operations open to
 * anonymous callers say so with an empty security requirement.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String ERROR_SCHEMA = "ProblemError";
    private static final String REFERENCE_PREFIX = "#/components/responses/";

    private static final Map<ProblemType, String> DESCRIPTIONS = new LinkedHashMap<>();

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
    }

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
        DESCRIPTIONS.forEach((type, description) -> components.addResponse(name(type), OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA))
                        .example(Map.of("type", type.uri(), "title", type.title(), "status", type.status()))))));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
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
        put(responses, ProblemType.UNAUTHORIZED, secured);
        put(responses, ProblemType.FORBIDDEN, secured);
        put(responses, ProblemType.NOT_FOUND, path.contains("{"));
        put(responses, ProblemType.CONFLICT, write && secured);
        put(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, hasBody);
        put(responses, ProblemType.VALIDATION_FAILED, hasBody);
        put(responses, ProblemType.PRECONDITION_FAILED, guarded);
        put(responses, ProblemType.PRECONDITION_REQUIRED, guarded && (method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE));
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
