package org.healthequity.common.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (the gateway always sends
 * one), otherwise a new one. The id is echoed in the response, put in the log context (the log format prints it)
 * and relayed on calls to other services, so one id follows a request through the system.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Runs before authentication so that even a refused token's response carries the id. */
    private static final int ORDER = -1_000_000;
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String id = accept(context.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            context.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    /** The caller's id if it cannot inject anything into logs or headers, otherwise a fresh one. */
    public static String accept(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
