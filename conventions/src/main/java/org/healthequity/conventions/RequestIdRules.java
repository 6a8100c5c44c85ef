package org.healthequity.conventions;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one request id that follows a request through the system: the caller's {@code X-Request-Id} when it is a sane
 * token (it cannot inject anything into logs or headers), otherwise a new one. The gateway applies it first; each
 * service applies it again, since a service may be called directly.
 */
public final class RequestIdRules {

    public static final String HEADER = "X-Request-Id";
    /** The log context's key; the log format prints it on every line. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIdRules() {
    }

    /** The caller's id if it is acceptable, otherwise a new one. */
    public static String accept(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : newId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator. Request ids must be unique, not unguessable, and
     * {@link UUID#randomUUID()} makes every event loop take turns on one shared {@code SecureRandom}.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
