package org.healthequity.common.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.healthequity.conventions.ProblemType;

/**
 * A refusal the service means to give: it becomes a problem response with its type's status. Services throw it from
 * their rules; resources never build error responses by hand.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemError> errors;
    private final Map<String, String> headers;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ApiException(ProblemType type, String detail, List<ProblemError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ApiException(ProblemType type, String detail, List<ProblemError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException notFound(String what, Object key) {
        return new ApiException(ProblemType.NOT_FOUND, what + " '" + key + "' does not exist");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException invalid(String detail, List<ProblemError> errors) {
        return new ApiException(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    public static ApiException invalidField(String field, String code, String message) {
        return invalid(message, List.of(ProblemError.field(field, code, message)));
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(ProblemType.INVALID_PARAMETER, message,
                List.of(ProblemError.field(parameter, "invalid", message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, detail);
    }

    /** A 503 that tells the caller, in Retry-After, when asking again may succeed. */
    public static ApiException unavailable(String detail, Duration retryAfter) {
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, detail, List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds()))));
    }

    public ProblemType type() {
        return type;
    }

    public List<ProblemError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, null, errors);
    }
}
