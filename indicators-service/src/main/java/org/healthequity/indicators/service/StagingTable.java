package org.healthequity.indicators.service;

import java.sql.SQLException;
import java.nio.charset.StandardCharsets;

import org.postgresql.copy.CopyIn;

import org.healthequity.indicators.statistics.ComparisonOutcome;

/**
 * The temporary table an import streams its checked rows into with COPY (PostgreSQL's text format), dropped when
 * the transaction ends.
 */
final class StagingTable {

    static final String CREATE = "CREATE TEMP TABLE import_staging ("
            + "row_number integer NOT NULL, indicator_id integer NOT NULL, area_code text NOT NULL, "
            + "period_label text NOT NULL, period_type text NOT NULL, period_start date NOT NULL, "
            + "period_end date NOT NULL, period_sort_key integer NOT NULL, sex text NOT NULL, age text NOT NULL, "
            + "category_type text NOT NULL, category text NOT NULL, value double precision, count double precision, "
            + "denominator double precision, lower_ci_95 double precision, upper_ci_95 double precision, "
            + "lower_ci_99_8 double precision, upper_ci_99_8 double precision, limits_source text NOT NULL, "
            + "value_note text, status text NOT NULL, reported_trend text, reported_vs_england text, "
            + "reported_vs_region text, reported_vs_neighbours text, source text) ON COMMIT DROP";
    static final String COPY = "COPY import_staging FROM STDIN";
    /** Straight into the observation table, for data that is all new. */
    static final String COPY_DIRECT = "COPY observation (indicator_id, area_code, period_label, period_type, "
            + "period_start, period_end, period_sort_key, sex, age, category_type, category, value, count, "
            + "denominator, lower_ci_95, upper_ci_95, lower_ci_99_8, upper_ci_99_8, limits_source, value_note, "
            + "status, reported_trend, reported_vs_england, reported_vs_region, reported_vs_neighbours, source, "
            + "import_id, created_by, updated_by) FROM STDIN";

    private StagingTable() {
    }

    /**
     * Writes rows as COPY text lines straight into a byte buffer, and sends it in large chunks. Numbers that were
     * stored as sent are written as their text, which PostgreSQL reads to the same double, sparing a re-format.
     */
    static final class Writer {

        private static final int FLUSH_AT = 1 << 18;

        private final CopyIn copy;
        private final boolean rowNumbers;
        private final String trailer;
        private byte[] buffer = new byte[FLUSH_AT + (1 << 16)];
        private int length;

        private Writer(CopyIn copy, boolean rowNumbers, String trailer) {
            this.copy = copy;
            this.rowNumbers = rowNumbers;
            this.trailer = trailer;
        }

        /** Lines for the staging table, which keeps each row's number. */
        static Writer staging(CopyIn copy) {
            return new Writer(copy, true, null);
        }

        /** Lines for the observation table itself, with the import and the user on every row. */
        static Writer direct(CopyIn copy, long importId, String user) {
            return new Writer(copy, false, importId + "\t" + escape(user) + "\t" + escape(user));
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }

        void write(ObservationRules.ValidRow row) throws SQLException {
            if (length >= FLUSH_AT) {
                flush();
            }
            if (rowNumbers) {
                ascii(Integer.toString(row.number()));
            }
            ascii(Integer.toString(row.indicatorId()));
            text(row.areaCode());
            text(row.period().label);
            ascii(row.period().type.name());
            ascii(row.period().start.toString());
            ascii(row.period().end.toString());
            ascii(Integer.toString(row.period().sortKey));
            text(row.sex());
            text(row.age());
            text(row.categoryType());
            text(row.category());
            Double[] numbers = row.numbers();
            for (int i = 0; i < numbers.length; i++) {
                number(numbers[i], row.suppliedText()[i]);
            }
            ascii(row.limitsSource().name());
            text(row.valueNote());
            ascii(row.status().name());
            text(row.reportedTrend());
            outcome(row.vsEngland());
            outcome(row.vsRegion());
            outcome(row.vsNeighbours());
            text(row.source());
            if (trailer != null) {
                raw(trailer);
            }
            buffer[length - 1] = '\n';
        }

        void finish() throws SQLException {
            flush();
            copy.endCopy();
        }

        private void flush() throws SQLException {
            if (length > 0) {
                copy.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }

        private void number(Double number, String supplied) {
            if (number == null) {
                ascii("\\N");
            } else if (supplied != null && isPlainDecimal(supplied)) {
                ascii(supplied);
            } else {
                ascii(number.toString());
            }
        }

        private void outcome(ComparisonOutcome outcome) {
            ascii(outcome == null ? "\\N" : outcome.name());
        }

        /** Text already in COPY form. */
        private void raw(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length + 1);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            buffer[length++] = '\t';
        }

        /** Text known to be ASCII without tabs, newlines or backslashes. */
        private void ascii(String text) {
            ensure(text.length() + 1);
            for (int i = 0; i < text.length(); i++) {
                buffer[length++] = (byte) text.charAt(i);
            }
            buffer[length++] = '\t';
        }

        private void text(String text) {
            if (text == null) {
                ascii("\\N");
                return;
            }
            ensure(text.length() * 4 + 1);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '\\' -> escaped('\\');
                        case '\t' -> escaped('t');
                        case '\n' -> escaped('n');
                        case '\r' -> escaped('r');
                        default -> buffer[length++] = (byte) c;
                    }
                } else {
                    byte[] encoded = String.valueOf(Character.isHighSurrogate(c) && i + 1 < text.length()
                            ? new char[] { c, text.charAt(++i) } : new char[] { c })
                            .getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(encoded, 0, buffer, length, encoded.length);
                    length += encoded.length;
                }
            }
            buffer[length++] = '\t';
        }

        private void escaped(char c) {
            buffer[length++] = '\\';
            buffer[length++] = (byte) c;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                byte[] larger = new byte[Math.max(buffer.length * 2, length + more)];
                System.arraycopy(buffer, 0, larger, 0, length);
                buffer = larger;
            }
        }

        /** Digits with an optional sign, point and exponent: what both Java and PostgreSQL read the same way. */
        static boolean isPlainDecimal(String text) {
            int i = 0;
            int n = text.length();
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int digits = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                digits++;
            }
            if (i < n && text.charAt(i) == '.') {
                i++;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                return false;
            }
            if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                i++;
                if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                    i++;
                }
                int exponent = 0;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                    exponent++;
                }
                if (exponent == 0) {
                    return false;
                }
            }
            return i == n;
        }
    }
}
