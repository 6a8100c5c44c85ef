package org.healthequity.common.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.healthequity.common.problem.ApiException;

/**
 * Reads filter parameters that arrive as text, so that a bad value is a 400 problem naming the parameter and the
 * values it accepts.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(parameter, parameter + " must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The values of a comma-separated parameter, trimmed, empty ones left out; none when absent. */
    public static List<String> commaSeparated(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(text -> !text.isEmpty()).toList();
    }

    public static Integer integer(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(parameter, parameter + " must be a whole number, not '" + value + "'");
        }
    }

    /** An instant given as ISO 8601 with an offset ({@code 2024-04-01T00:00:00Z}) or as a date (midnight UTC). */
    public static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(parameter, parameter
                    + " must be an ISO 8601 date or date-time with offset, such as 2024-04-01T00:00:00Z");
        }
    }

    /** {@code true} or {@code false}, in any case. */
    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter(parameter, parameter + " must be true or false, not '" + value
                    + "'");
        };
    }
}
