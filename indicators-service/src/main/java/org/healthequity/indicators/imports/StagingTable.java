package org.healthequity.indicators.imports;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.postgresql.copy.CopyIn;

import org.healthequity.indicators.repository.ObservationColumn;
import org.healthequity.indicators.statistics.ComparisonOutcome;

/**
 * The temporary table an import streams its checked rows into with COPY (PostgreSQL's binary format), dropped when
 * the transaction ends. Its key columns compare byte by byte, as the observation table's do.
 */
final class StagingTable {

    static final String CREATE = "CREATE TEMP TABLE import_staging (row_number integer NOT NULL, "
            + ObservationColumn.ALL.stream().map(ObservationColumn::stagingDefinition)
                    .collect(Collectors.joining(", "))
            + ") ON COMMIT DROP";
    static final String COPY = "COPY import_staging FROM STDIN WITH (FORMAT binary)";
    /** Straight into the observation table, for data that is all new. */
    static final String COPY_DIRECT = "COPY observation (" + ObservationColumn.names(ObservationColumn.ALL)
            + ", import_id, created_by, updated_by) FROM STDIN WITH (FORMAT binary)";

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
            return new Writer(copy, true, 0, null, 1 + ObservationColumn.ALL.size());
        }

        /** Rows for the observation table itself, with the import and the user on every row. */
        static Writer direct(CopyIn copy, long importId, String user) {
            return new Writer(copy, false, importId, user, ObservationColumn.ALL.size() + 3);
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
            for (ObservationColumn column : ObservationColumn.ALL) {
                field(column, row);
            }
            if (!rowNumbers) {
                int4(8);
                int8(importId);
                text(user);
                text(user);
            }
        }

        /** One column of the row, as the column's type is sent in COPY's binary format. */
        private void field(ObservationColumn column, ObservationRules.ValidRow row) {
            switch (column) {
                case INDICATOR_ID -> int4Field(row.indicatorId());
                case AREA_CODE -> text(row.areaCode());
                case PERIOD_LABEL -> text(row.period().label);
                case PERIOD_TYPE -> text(row.period().type.name());
                case PERIOD_START -> dateField(row.period().start.toEpochDay());
                case PERIOD_END -> dateField(row.period().end.toEpochDay());
                case PERIOD_SORT_KEY -> int4Field(row.period().sortKey);
                case SEX -> text(row.sex());
                case AGE -> text(row.age());
                case CATEGORY_TYPE -> text(row.categoryType());
                case CATEGORY -> text(row.category());
                case VALUE -> float8(row.value());
                case COUNT -> float8(row.count());
                case DENOMINATOR -> float8(row.denominator());
                case LOWER_CI_95 -> float8(row.lower95());
                case UPPER_CI_95 -> float8(row.upper95());
                case LOWER_CI_99_8 -> float8(row.lower998());
                case UPPER_CI_99_8 -> float8(row.upper998());
                case LIMITS_SOURCE -> text(row.limitsSource().name());
                case VALUE_NOTE -> text(row.valueNote());
                case STATUS -> text(row.status().name());
                case REPORTED_TREND -> text(row.reportedTrend());
                case REPORTED_VS_ENGLAND -> outcome(row.vsEngland());
                case REPORTED_VS_REGION -> outcome(row.vsRegion());
                case REPORTED_VS_NEIGHBOURS -> outcome(row.vsNeighbours());
                case SOURCE -> text(row.source());
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
