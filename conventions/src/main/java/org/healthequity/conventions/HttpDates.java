package org.healthequity.conventions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates ({@code Last-Modified}, {@code If-Modified-Since}) for the services and the gateway's cache alike:
 * written as RFC 9110's IMF-fixdate, and {@code If-Modified-Since} evaluated as its §13.1.3 says.
 */
public final class HttpDates {

    /** Two-digit days, unlike the JDK's RFC 1123 formatter. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
            "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final int MAX_LENGTH = 64;

    private HttpDates() {
    }

    public static String format(Instant time) {
        return IMF_FIXDATE.format(time.atZone(ZoneOffset.UTC));
    }

    /** Empty for anything that is not an HTTP date. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code If-Modified-Since} says the caller holds what was last modified at {@code lastModified}: a date
     * at or after it. A value that is not an HTTP date, or is later than {@code now}, is ignored.
     */
    public static boolean notModifiedSince(String ifModifiedSince, Instant lastModified, Instant now) {
        return parse(ifModifiedSince).filter(since -> !since.isAfter(now))
                .map(since -> !lastModified.isAfter(since)).orElse(false);
    }
}
