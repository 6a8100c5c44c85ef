package org.healthequity.gateway.rest;

import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

import org.healthequity.conventions.ProblemType;

/**
 * RFC 9457 problems answered by the gateway itself, of the same {@link ProblemType}s as the services' problems, so
 * that a client handles one format whoever refused the request.
 */
public final class GatewayProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private GatewayProblems() {
    }

    public static Buffer body(ProblemType type, String detail, String instance, String requestId) {
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem.toBuffer();
    }

    public static void send(ProblemType type, HttpServerRequest request, String detail, Map<String, String> headers) {
        HttpServerResponse response = request.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(type.status()).putHeader("Content-Type", MEDIA_TYPE);
        headers.forEach(response::putHeader);
        response.end(body(type, detail, request.path(), request.getHeader(RequestIdRoutes.HEADER)));
    }

    public static void send(ProblemType type, HttpServerRequest request, String detail) {
        send(type, request, detail, Map.of());
    }
}
