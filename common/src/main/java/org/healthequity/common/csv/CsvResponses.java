package org.healthequity.common.csv;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.healthequity.common.problem.ApiException;

/**
 * Content negotiation between JSON and CSV for tabular resources, and the streamed CSV response itself.
 */
public final class CsvResponses {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", "UTF-8");

    private CsvResponses() {
    }

    /**
     * Whether the caller wants CSV: {@code format=csv} wins over the {@code Accept} header; otherwise the first
     * acceptable type that is either CSV or JSON decides.
     */
    public static boolean wantsCsv(HttpHeaders headers, String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ApiException.badParameter("format", "format must be 'json' or 'csv'");
            };
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    /** A streamed CSV attachment; rows are written while the client reads, not gathered in memory first. */
    public static Response stream(String filename, Consumer<CsvWriter> body) {
        StreamingOutput output = stream -> {
            CsvWriter writer = CsvWriter.utf8(stream);
            body.accept(writer);
            writer.flush();
        };
        return Response.ok(output, TEXT_CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
