package org.healthequity.common.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.healthequity.common.problem.Problem;
import org.healthequity.conventions.ProblemType;
import org.healthequity.conventions.RequestTargets;

/**
 * Refuses, before anything reads them, what a service must not take even when called directly: request targets
 * that the gateway refuses too ({@link RequestTargets}), since NUL in a path or query would otherwise reach
 * PostgreSQL; and bodies announced larger than the service's {@code quarkus.http.limits.max-body-size}, as a 413
 * problem rather than the bare 413 the HTTP layer would send. A body without a declared length is held to the limit
 * by {@link BodyLimitInterceptor} while it is read, for the same reason.
 */
@Singleton
public class RequestGuard {

    /** Right after the request id is set, so that the refusal carries it. */
    private static final int ORDER = -999_999;
    /** Right after Quarkus's own body-size handler (order -2), which records the limit for Quarkus REST. */
    private static final int AFTER_QUARKUS_BODY_LIMIT = -1;
    /** Where Quarkus REST finds the limit at which it cuts a body off with a bare 413. */
    private static final String QUARKUS_REST_LIMIT_KEY = "io.quarkus.max-request-size";

    private final long maxBodySize;

    RequestGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
            MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String path = context.request().path();
            if (!RequestTargets.isSafePath(path) || !RequestTargets.isSafeQuery(context.request().query())) {
                refuse(context, ProblemType.MALFORMED_REQUEST,
                        "The path or query contains NUL, encoded separators, encoded dots or dot segments");
                return;
            }
            String length = context.request().getHeader("Content-Length");
            if (length != null && declaredLength(length) > maxBodySize) {
                refuseTooLarge(context, maxBodySize);
                return;
            }
            context.next();
        });
        router.route().order(AFTER_QUARKUS_BODY_LIMIT).handler(context -> {
            if (context.request().getHeader("Content-Length") == null) {
                context.remove(QUARKUS_REST_LIMIT_KEY);
            }
            context.next();
        });
    }

    /** A 413 problem, and the connection closed after it: the rest of the body is not worth reading. */
    static void refuseTooLarge(RoutingContext context, long limit) {
        context.response().putHeader("Connection", "close")
                .endHandler(ended -> context.request().connection().close());
        refuse(context, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + limit + " bytes this service accepts");
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        JsonObject problem = new JsonObject().put("type", type.uri()).put("title", type.title())
                .put("status", type.status()).put("detail", detail)
                .put("requestId", context.<String>get(RequestIds.MDC_KEY));
        context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
