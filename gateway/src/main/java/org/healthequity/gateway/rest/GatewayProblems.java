package org.healthequity.gateway.rest;

import java.util.Locale;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * RFC 9457 problems answered by the gateway itself, with the same type URIs as the services' problems, so that a
 * client handles one format whoever refused the request.
 */
public enum GatewayProblems {
    MALFORMED_REQUEST(400, "Malformed request"),
    UNAUTHORIZED(401, "Authentication required"),
    NOT_FOUND(404, "Not found"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    BAD_GATEWAY(502, "Bad gateway"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;

    GatewayProblems(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public Buffer body(String detail, String instance, String requestId) {
        JsonObject problem = new JsonObject()
                .put("type", "urn:hes:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem.toBuffer();
    }

    public void send(HttpServerRequest request, String detail, Map<String, String> headers) {
        HttpServerResponse response = request.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE);
        headers.forEach(response::putHeader);
        response.end(body(detail, request.path(), request.getHeader(RequestIdRoutes.HEADER)));
    }

    public void send(HttpServerRequest request, String detail) {
        send(request, detail, Map.of());
    }
}
