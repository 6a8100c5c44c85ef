package org.healthequity.gateway.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

import org.healthequity.conventions.RequestIdRules;

/**
 * Accepts the caller's {@code X-Request-Id} when it is a sane token, or creates one, before anything else runs: the
 * id goes to the service with the request, back to the caller, and into every log line on the way.
 */
@Singleton
public class RequestIdRoutes {

    public static final String HEADER = RequestIdRules.HEADER;

    void register(@Observes Router router) {
        router.route().order(-1_000_000).handler(context -> {
            String id = RequestIdRules.accept(context.request().getHeader(HEADER));
            context.request().headers().set(HEADER, id);
            // Set last, so that the service's echo of the same id does not appear twice.
            context.addHeadersEndHandler(end -> context.response().headers().set(HEADER, id));
            MDC.put(RequestIdRules.MDC_KEY, id);
            context.next();
        });
    }
}
