package org.healthequity.conventions;

import java.util.regex.Pattern;

/**
 * Which request targets any part of the system serves. Encoded separators, encoded dots, backslashes and empty or
 * dot segments could make a service see a different path from the one the gateway routed and authorised, and NUL
 * cannot be stored or compared by PostgreSQL; the gateway refuses such targets, and each service refuses them again
 * for callers that reach it directly.
 */
public final class RequestTargets {

    private static final Pattern UNSAFE_PATH = Pattern.compile("(?i)%2f|%5c|%2e|%00|\\\\|//|(^|/)\\.{1,2}(/|$)");
    private static final Pattern NUL = Pattern.compile("(?i)%00");

    private RequestTargets() {
    }

    /** Whether a raw (still percent-encoded) path is one to serve. */
    public static boolean isSafePath(String rawPath) {
        return rawPath != null && rawPath.startsWith("/") && !UNSAFE_PATH.matcher(rawPath).find();
    }

    /** Whether a raw query string is free of NUL; an absent one is. */
    public static boolean isSafeQuery(String rawQuery) {
        return rawQuery == null || (rawQuery.indexOf('\0') < 0 && !NUL.matcher(rawQuery).find());
    }
}
