package org.healthequity.gateway.rest;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Accepts the caller's {@code X-Request-Id} when it is a sane token, or creates one, before anything else runs: the
 * id goes to the service with the request, back to the caller, and into every log line on the way.
 */
@Singleton
public class RequestIdRoutes {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /**
     * A random (version 4) UUID from the event loop's own generator. Request ids must be unique, not unguessable,
     * and {@link UUID#randomUUID()} makes every event loop take turns on one shared {@code SecureRandom}.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    void register(@Observes Router router) {
        router.route().order(-1_000_000).handler(context -> {
            String candidate = context.request().getHeader(HEADER);
            String id = candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : newId();
            context.request().headers().set(HEADER, id);
            // Set last, so that the service's echo of the same id does not appear twice.
            context.addHeadersEndHandler(end -> context.response().headers().set(HEADER, id));
            MDC.put("requestId", id);
            context.next();
        });
    }
}
