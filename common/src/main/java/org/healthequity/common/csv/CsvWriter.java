package org.healthequity.common.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF rows, fields quoted when they must be. Text that a spreadsheet would
 * run as a formula is prefixed with an apostrophe, because these files are opened in Excel by council staff: text
 * starting with {@code = + - @}, a tab or a carriage return, unless the whole text is a plain number. Fields holding
 * a semicolon are quoted too, since Excel splits on it in locales whose list separator it is.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;
    private int fieldsInRow;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public static CsvWriter utf8(OutputStream stream) {
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }

    public CsvWriter row(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(format(values.get(i)));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next field of the current row, for writers that stream rows field by field. */
    public CsvWriter field(Object value) {
        try {
            if (fieldsInRow++ > 0) {
                out.write(',');
            }
            out.write(format(value));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the row that {@link #field} wrote. */
    public CsvWriter endRow() {
        try {
            out.write("\r\n");
            fieldsInRow = 0;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(Object... values) {
        return row(List.of(nullSafe(values)));
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return plain(number);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        if (looksLikeFormula(text)) {
            text = "'" + text;
        }
        if (needsQuotes(text)) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A number as BI tools read it: no exponent, no trailing ".0". */
    public static String plain(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return "";
        }
        String text = Double.toString(number);
        if (text.indexOf('E') >= 0) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaStart && !isPlainNumber(text);
    }

    /** {@code -12}, {@code +3.5}, {@code -1.2e-5}: a number and nothing else, which a spreadsheet reads as one. */
    static boolean isPlainNumber(String text) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == text.length();
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static Object[] nullSafe(Object[] values) {
        Object[] copy = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i] == null ? "" : values[i];
        }
        return copy;
    }
}
