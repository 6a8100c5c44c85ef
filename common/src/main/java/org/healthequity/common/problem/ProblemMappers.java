package org.healthequity.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.healthequity.common.http.BodyLimitInterceptor.BodyTooLargeException;
import org.healthequity.common.http.RequestIds;
import org.healthequity.common.json.StrictJson.ControlCharacterException;
import org.healthequity.conventions.ProblemType;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Bad input is a 4xx that says what was
 * wrong; anything unexpected is a 500 that says only which request id to quote, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException exception, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.status(exception.type().status()).type(Problem.MEDIA_TYPE)
                .entity(contextual(exception.toProblem(), uriInfo));
        exception.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException exception, UriInfo uriInfo) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uriInfo);
        }
        int status = exception.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uriInfo.getPath();
            case 405 -> "This resource does not support that method";
            case 406 -> "This resource cannot answer in any of the media types the Accept header names";
            case 415 -> "This resource does not accept that content type";
            case 400 -> "The request is malformed";
            default -> exception.getMessage();
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(contextual(new Problem(type.uri(), type.title(), status, detail, null, null, null), uriInfo));
        if (status == 405 && exception.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", exception.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    /** Also named for Jackson's mismatched-input family, which Quarkus would otherwise answer in its own shape. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response malformedJson(JsonProcessingException exception, UriInfo uriInfo) {
        List<ProblemError> errors = new ArrayList<>();
        String detail;
        // A syntax error inside an array's element reaches here wrapped, with the element's path.
        if (exception instanceof JsonParseException || exception.getCause() instanceof JsonParseException) {
            detail = "The request body is not well-formed JSON";
        } else if (exception instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown property '" + unknown.getPropertyName() + "'";
            errors.add(ProblemError.field(path(unknown), "unknown_property", detail));
        } else if (exception instanceof ControlCharacterException control) {
            detail = "The value of '" + path(control) + "' holds a " + control.getOriginalMessage();
            errors.add(ProblemError.field(path(control), "control_character", detail));
            ProblemType type = ProblemType.VALIDATION_FAILED;
            return ProblemResponses.of(contextual(new Problem(type.uri(), type.title(), type.status(), detail, null,
                    null, errors), uriInfo));
        } else if (exception instanceof InvalidFormatException invalid) {
            detail = "Value " + quoted(invalid.getValue()) + " is not a valid " + typeName(invalid.getTargetType());
            errors.add(ProblemError.field(path(invalid), "invalid_format", detail));
        } else if (exception instanceof JsonMappingException databind && !databind.getPath().isEmpty()) {
            detail = "The value of '" + path(databind) + "' has the wrong shape or type";
            errors.add(ProblemError.field(path(databind), "invalid_type", detail));
        } else {
            detail = "The request body could not be read as the expected JSON document";
        }
        // One rule: a body that cannot be read is malformed (400); a well-formed one with a field that is not
        // what the contract says (unknown, wrong type, not one of an enum, not a date) is invalid (422).
        ProblemType type = errors.isEmpty() ? ProblemType.MALFORMED_REQUEST : ProblemType.VALIDATION_FAILED;
        return ProblemResponses.of(contextual(new Problem(type.uri(), type.title(), type.status(), detail, null,
                null, errors), uriInfo));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uriInfo) {
        List<ProblemError> errors = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(ProblemMappers::toError)
                .toList();
        ProblemType type = ProblemType.VALIDATION_FAILED;
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return ProblemResponses.of(contextual(new Problem(type.uri(), type.title(), type.status(), detail, null,
                null, errors), uriInfo));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException exception, UriInfo uriInfo) {
        ProblemType type = ProblemType.UNAUTHORIZED;
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(contextual(ProblemResponses.problem(type, "A valid bearer token is required"), uriInfo))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uriInfo) {
        return ProblemResponses.of(contextual(ProblemResponses.problem(ProblemType.FORBIDDEN,
                "Your roles do not allow this operation"), uriInfo));
    }

    /**
     * PostgreSQL's refusals of text it cannot hold (NUL, or a character outside the database's encoding): the
     * caller's input, refused before anything is written.
     */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

    /**
     * The database cannot be reached or is shutting down (SQLSTATE class 08, 57P01-57P03), or no connection came
     * free in time: the service is unavailable for now, not broken, and nothing was written.
     */
    private static boolean databaseUnavailable(Throwable cause) {
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            return state.startsWith("08") || state.startsWith("57P")
                    || String.valueOf(sql.getMessage()).startsWith("Acquisition timeout");
        }
        return cause instanceof ConnectException;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uriInfo) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (databaseUnavailable(cause)) {
                LOG.warnf("Database unavailable on %s: %s", uriInfo.getPath(), cause.getMessage());
                return apiException(ApiException.unavailable("The service's database cannot be reached just now; "
                        + "retry shortly", Duration.ofSeconds(5)), uriInfo);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return ProblemResponses.of(contextual(ProblemResponses.problem(ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by someone else meanwhile; read it again and retry"), uriInfo));
            }
            if (cause instanceof ApiException api) {
                return apiException(api, uriInfo);
            }
            if (cause instanceof SQLException sql && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                return ProblemResponses.of(contextual(ProblemResponses.problem(ProblemType.VALIDATION_FAILED,
                        "The request holds a character that cannot be stored, such as NUL (U+0000)"), uriInfo));
            }
            // Fully qualified: Bean Validation's ConstraintViolationException is imported.
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return ProblemResponses.of(contextual(ProblemResponses.problem(ProblemType.CONFLICT,
                        "The change conflicts with data already stored"), uriInfo));
            }
        }
        if (exception instanceof BodyTooLargeException) {
            // Answered already with a 413 problem, as the body ran past the limit.
            LOG.debugf("Body over the limit on %s", uriInfo.getPath());
            return ProblemResponses.of(contextual(ProblemResponses.problem(ProblemType.PAYLOAD_TOO_LARGE,
                    exception.getMessage()), uriInfo));
        }
        LOG.errorf(exception, "Unexpected failure on %s", uriInfo.getPath());
        return ProblemResponses.of(contextual(ProblemResponses.problem(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; quote the request id when reporting it"), uriInfo));
    }

    private static Problem contextual(Problem problem, UriInfo uriInfo) {
        return problem.withContext(uriInfo == null ? null : "/" + uriInfo.getPath().replaceFirst("^/", ""),
                RequestIds.current());
    }

    private static ProblemError toError(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return ProblemError.field(fieldOf(violation.getPropertyPath()), CODES.getOrDefault(annotation,
                annotation.toLowerCase(Locale.ROOT)), violation.getMessage());
    }

    /**
     * The path of the invalid value inside the request body ({@code aims[0]}, {@code bands[3].count}): Bean
     * Validation's path without the method and parameter nodes it starts with.
     */
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        boolean parameterFirst = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    names.clear();
                    parameterFirst = false;
                }
                case PARAMETER -> {
                    names.clear();
                    names.add(node.getName());
                    parameterFirst = true;
                }
                default -> {
                    if (node.isInIterable() && !names.isEmpty()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + position + "]");
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        if (parameterFirst && names.size() > 1) {
            names.remove(0);
        }
        return String.join(".", names);
    }

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", "required"), Map.entry("NotBlank", "required"), Map.entry("NotEmpty", "required"),
            Map.entry("Size", "size"), Map.entry("Min", "out_of_range"), Map.entry("Max", "out_of_range"),
            Map.entry("DecimalMin", "out_of_range"), Map.entry("DecimalMax", "out_of_range"),
            Map.entry("Positive", "out_of_range"), Map.entry("PositiveOrZero", "out_of_range"),
            Map.entry("Pattern", "pattern"), Map.entry("Email", "format"), Map.entry("Past", "out_of_range"),
            Map.entry("Future", "out_of_range"));

    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String quoted(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return "value; expected one of " + Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
