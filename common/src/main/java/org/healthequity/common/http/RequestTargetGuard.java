package org.healthequity.common.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import org.healthequity.common.problem.Problem;
import org.healthequity.conventions.ProblemType;
import org.healthequity.conventions.RequestTargets;

/**
 * Refuses, before anything reads them, request targets that the gateway refuses too ({@link RequestTargets}): a
 * service may be called directly, and NUL in a path or query would otherwise reach PostgreSQL.
 */
@Singleton
public class RequestTargetGuard {

    /** Right after the request id is set, so that the refusal carries it. */
    private static final int ORDER = -999_999;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String path = context.request().path();
            if (RequestTargets.isSafePath(path) && RequestTargets.isSafeQuery(context.request().query())) {
                context.next();
                return;
            }
            ProblemType type = ProblemType.MALFORMED_REQUEST;
            JsonObject problem = new JsonObject().put("type", type.uri()).put("title", type.title())
                    .put("status", type.status())
                    .put("detail", "The path or query contains NUL, encoded separators, encoded dots or dot segments")
                    .put("requestId", context.<String>get(RequestIds.MDC_KEY));
            context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(problem.encode());
        });
    }
}
