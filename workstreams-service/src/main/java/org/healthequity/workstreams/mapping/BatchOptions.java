package org.healthequity.workstreams.mapping;

import java.util.Locale;

import org.healthequity.common.csv.CsvResponses;
import org.healthequity.common.http.QueryParams;

/** How a batch is sent and what to do with it: CSV or JSON by its media type, a dry run or not, and its mode. */
public record BatchOptions(boolean csv, boolean dryRun, BatchMode mode) {

    /** From the request's {@code Content-Type}, {@code dryRun} and {@code mode} (400 if unreadable). */
    public static BatchOptions of(String contentType, String dryRun, String mode) {
        return new BatchOptions(contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(CsvResponses.TEXT_CSV),
                Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun)), BatchMode.of(mode));
    }
}
