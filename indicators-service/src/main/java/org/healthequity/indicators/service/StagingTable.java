package org.healthequity.indicators.service;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

import org.healthequity.indicators.statistics.ComparisonOutcome;

/**
 * The temporary table an import streams its checked rows into with COPY (PostgreSQL's binary format), dropped when
 * the transaction ends. Its key columns compare byte by byte, as the observation table's do.
 */
final class StagingTable {

    static final String CREATE = "CREATE TEMP TABLE import_staging ("
            + "row_number integer NOT NULL, indicator_id integer NOT NULL, area_code text COLLATE \"C\" NOT NULL, "
            + "period_label text COLLATE \"C\" NOT NULL, period_type text NOT NULL, period_start date NOT NULL, "
            + "period_end date NOT NULL, period_sort_key integer NOT NULL, sex text COLLATE \"C\" NOT NULL, "
            + "age text COLLATE \"C\" NOT NULL, category_type text COLLATE \"C\" NOT NULL, "
            + "category text COLLATE \"C\" NOT NULL, value double precision, count double precision, "
            + "denominator double precision, lower_ci_95 double precision, upper_ci_95 double precision, "
            + "lower_ci_99_8 double precision, upper_ci_99_8 double precision, limits_source text NOT NULL, "
            + "value_note text, status text NOT NULL, reported_trend text, reported_vs_england text, "
            + "reported_vs_region text, reported_vs_neighbours text, source text) ON COMMIT DROP";
    static final String COPY = "COPY import_staging FROM STDIN WITH (FORMAT binary)";
    /** Straight into the observation table, for data that is all new. */
    static final String COPY_DIRECT = "COPY observation (indicator_id, area_code, period_label, period_type, "
            + "period_start, period_end, period_sort_key, sex, age, category_type, category, value, count, "
            + "denominator, lower_ci_95, upper_ci_95, lower_ci_99_8, upper_ci_99_8, limits_source, value_note, "
            + "status, reported_trend, reported_vs_england, reported_vs_region, reported_vs_neighbours, source, "
            + "import_id, created_by, updated_by) FROM STDIN WITH (FORMAT binary)";

    private StagingTable() {
    }

    /**
     * Writes rows in COPY's binary format straight into a byte buffer, and sends it in large chunks. PostgreSQL then
     * reads numbers and dates as they are stored, which halves its work per row compared with parsing text; a double
     * goes as its exact bits, so nothing is lost or re-rounded on the way.
     */
    static final class Writer {

        private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
        /** Days from 1970-01-01, where Java counts from, to 2000-01-01, where PostgreSQL does. */
        private static final long POSTGRES_EPOCH_DAY = 10_957;
        private static final int FLUSH_AT = 1 << 18;

        private final CopyIn copy;
        private final boolean rowNumbers;
        private final long importId;
        private final String user;
        private final short columns;
        private byte[] buffer = new byte[FLUSH_AT + (1 << 16)];
        private int length;

        private Writer(CopyIn copy, boolean rowNumbers, long importId, String user, int columns) {
            this.copy = copy;
            this.rowNumbers = rowNumbers;
            this.importId = importId;
            this.user = user;
            this.columns = (short) columns;
            System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
            length = SIGNATURE.length;
            int4(0);
            int4(0);
        }

        /** Rows for the staging table, which keeps each row's number. */
        static Writer staging(CopyIn copy) {
            return new Writer(copy, true, 0, null, 27);
        }

        /** Rows for the observation table itself, with the import and the user on every row. */
        static Writer direct(CopyIn copy, long importId, String user) {
            return new Writer(copy, false, importId, user, 29);
        }

        void write(ObservationRules.ValidRow row) throws SQLException {
            if (length >= FLUSH_AT) {
                flush();
            }
            ensure(1024);
            int2(columns);
            if (rowNumbers) {
                int4Field(row.number());
            }
            int4Field(row.indicatorId());
            text(row.areaCode());
            text(row.period().label);
            text(row.period().type.name());
            dateField(row.period().start.toEpochDay());
            dateField(row.period().end.toEpochDay());
            int4Field(row.period().sortKey);
            text(row.sex());
            text(row.age());
            text(row.categoryType());
            text(row.category());
            float8(row.value());
            float8(row.count());
            float8(row.denominator());
            float8(row.lower95());
            float8(row.upper95());
            float8(row.lower998());
            float8(row.upper998());
            text(row.limitsSource().name());
            text(row.valueNote());
            text(row.status().name());
            text(row.reportedTrend());
            outcome(row.vsEngland());
            outcome(row.vsRegion());
            outcome(row.vsNeighbours());
            text(row.source());
            if (!rowNumbers) {
                int4(8);
                int8(importId);
                text(user);
                text(user);
            }
        }

        void finish() throws SQLException {
            ensure(2);
            int2((short) -1);
            flush();
            copy.endCopy();
        }

        private void flush() throws SQLException {
            if (length > 0) {
                copy.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }

        private void outcome(ComparisonOutcome outcome) {
            text(outcome == null ? null : outcome.name());
        }

        private void int4Field(int value) {
            int4(4);
            int4(value);
        }

        private void dateField(long epochDay) {
            int4(4);
            int4((int) (epochDay - POSTGRES_EPOCH_DAY));
        }

        private void float8(Double value) {
            if (value == null) {
                int4(-1);
            } else {
                int4(8);
                int8(Double.doubleToLongBits(value));
            }
        }

        /** A text field as UTF-8, or NULL. */
        private void text(String text) {
            if (text == null) {
                int4(-1);
                return;
            }
            ensure(4 + text.length() * 3);
            int lengthAt = length;
            length += 4;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    buffer[length++] = (byte) c;
                } else {
                    byte[] encoded = text.substring(i).getBytes(StandardCharsets.UTF_8);
                    ensure(encoded.length);
                    System.arraycopy(encoded, 0, buffer, length, encoded.length);
                    length += encoded.length;
                    break;
                }
            }
            int bytes = length - lengthAt - 4;
            buffer[lengthAt] = (byte) (bytes >>> 24);
            buffer[lengthAt + 1] = (byte) (bytes >>> 16);
            buffer[lengthAt + 2] = (byte) (bytes >>> 8);
            buffer[lengthAt + 3] = (byte) bytes;
        }

        private void int2(short value) {
            buffer[length++] = (byte) (value >>> 8);
            buffer[length++] = (byte) value;
        }

        private void int4(int value) {
            ensure(4);
            buffer[length++] = (byte) (value >>> 24);
            buffer[length++] = (byte) (value >>> 16);
            buffer[length++] = (byte) (value >>> 8);
            buffer[length++] = (byte) value;
        }

        private void int8(long value) {
            int4((int) (value >>> 32));
            int4((int) value);
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }
}
