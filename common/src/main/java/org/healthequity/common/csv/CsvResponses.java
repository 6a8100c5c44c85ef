package org.healthequity.common.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * A CSV attachment written to a temporary file first, then sent from it: whatever the rows are read from (a
     * database connection and transaction, say) is released before the first byte goes out, so that a slow reader
     * holds a file, not the database. The file is deleted once sent, or if writing it fails; the response carries
     * its length.
     */
    public static Response spooled(String filename, Consumer<CsvWriter> body) {
        Path spool;
        try {
            spool = Files.createTempFile("hes-csv-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream file = Files.newOutputStream(spool)) {
            CsvWriter writer = CsvWriter.utf8(file);
            body.accept(writer);
            writer.flush();
        } catch (IOException e) {
            deleteQuietly(spool);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(spool);
            throw e;
        }
        StreamingOutput output = stream -> {
            try {
                Files.copy(spool, stream);
            } finally {
                deleteQuietly(spool);
            }
        };
        try {
            return Response.ok(output, TEXT_CSV_UTF8)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                    .header("Content-Length", Files.size(spool))
                    .build();
        } catch (IOException e) {
            deleteQuietly(spool);
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            spool.toFile().deleteOnExit();
        }
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
