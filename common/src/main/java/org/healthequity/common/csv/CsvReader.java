package org.healthequity.common.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming RFC 4180 reader: commas, double-quoted fields with doubled quotes and line breaks inside, CRLF, LF or
 * CR line ends, and a leading byte-order mark. It reads one record at a time, so a file of any size fits in memory.
 */
public final class CsvReader implements AutoCloseable {

    /** A malformed record, with the line it started on. */
    public static final class MalformedCsvException extends RuntimeException {

        private final long line;

        MalformedCsvException(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** Longer than any cell of a Fingertips download (its longest, value notes and sources, are sentences). */
    public static final int MAX_FIELD_LENGTH = 10_000;
    /** More than any Fingertips layout has columns (about 30). */
    public static final int MAX_FIELDS = 256;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;
    private final StringBuilder field = new StringBuilder(64);
    /** The fields of the record before, by column: most cells repeat the cell above, and are not copied again. */
    private String[] above = new String[32];

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Every record of a text that is known to be small (a test's, a short upload's). */
    public static List<List<String>> readAll(String csv) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(csv))) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    /** The line the next record starts on. */
    public long line() {
        return line;
    }

    /** The next record's fields, or null at the end. A blank line is a record with one empty field. */
    public List<String> next() {
        if (!started) {
            started = true;
            if (fill() && buffer[position] == '\uFEFF') {
                position++;
            }
        }
        if (!fill()) {
            return null;
        }
        List<String> record = new ArrayList<>(32);
        long startLine = line;
        field.setLength(0);
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (!fill()) {
                if (quoted) {
                    throw new MalformedCsvException(startLine, "a quoted field is not closed before the end");
                }
                record.add(text(record.size()));
                return record;
            }
            char c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if (fill() && buffer[position] == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                    requireBounded(startLine);
                }
                continue;
            }
            switch (c) {
                case ',' -> {
                    record.add(text(record.size()));
                    if (record.size() >= MAX_FIELDS) {
                        throw new MalformedCsvException(startLine, "a record of more than " + MAX_FIELDS
                                + " fields");
                    }
                    field.setLength(0);
                    afterQuote = false;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && fill() && buffer[position] == '\n') {
                        position++;
                    }
                    line++;
                    record.add(text(record.size()));
                    return record;
                }
                case '"' -> {
                    if (field.length() == 0 && !afterQuote) {
                        quoted = true;
                    } else {
                        throw new MalformedCsvException(line, "a quote inside an unquoted field");
                    }
                }
                default -> {
                    if (afterQuote) {
                        throw new MalformedCsvException(line, "text after a closing quote");
                    }
                    // The rest of a plain field in one copy, rather than character by character.
                    int end = position;
                    while (end < limit && !isSpecial(buffer[end])) {
                        end++;
                    }
                    field.append(buffer, position - 1, end - position + 1);
                    position = end;
                    requireBounded(startLine);
                }
            }
        }
    }

    private void requireBounded(long startLine) {
        if (field.length() > MAX_FIELD_LENGTH) {
            throw new MalformedCsvException(startLine, "a field longer than " + MAX_FIELD_LENGTH + " characters");
        }
    }

    private static boolean isSpecial(char c) {
        return c == ',' || c == '"' || c == '\n' || c == '\r';
    }

    /** The field just read, as the same string as the cell above when the text is the same. */
    private String text(int column) {
        if (column >= above.length) {
            above = Arrays.copyOf(above, column * 2);
        }
        String previous = above[column];
        if (previous != null && previous.contentEquals(field)) {
            return previous;
        }
        String text = field.toString();
        above[column] = text;
        return text;
    }

    private boolean fill() {
        if (position < limit) {
            return true;
        }
        try {
            int read = in.read(buffer, 0, buffer.length);
            if (read <= 0) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
