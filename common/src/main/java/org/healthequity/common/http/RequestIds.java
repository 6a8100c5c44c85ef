package org.healthequity.common.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

import org.healthequity.conventions.RequestIdRules;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (the gateway always sends
 * one), otherwise a new one. The id is echoed in the response, put in the log context (the log format prints it)
 * and relayed on calls to other services, so one id follows a request through the system.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = RequestIdRules.HEADER;
    public static final String MDC_KEY = RequestIdRules.MDC_KEY;
    /** Runs before authentication so that even a refused token's response carries the id. */
    private static final int ORDER = -1_000_000;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String id = RequestIdRules.accept(context.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            context.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
