package org.healthequity.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, with the {@code errors} and {@code requestId} extension members that every service
 * of the system uses.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the problem type",
                examples = "urn:hes:problem:validation-failed") String type,
        @Schema(description = "Short, human-readable summary of the problem type",
                examples = "Validation failed") String title,
        @Schema(description = "HTTP status code", examples = "422") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "The request path this problem occurred on",
                examples = "/api/v1/organisations") String instance,
        @Schema(description = "Identifier of the request, as logged by every service it reached") String requestId,
        @Schema(description = "One entry per invalid field or row") List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withContext(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }
}
