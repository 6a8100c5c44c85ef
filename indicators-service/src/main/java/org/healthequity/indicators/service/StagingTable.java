package org.healthequity.indicators.service;

import java.sql.SQLException;
import java.time.LocalDate;

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

    private StagingTable() {
    }

    /** Buffers rows as COPY text lines and sends them in large chunks. */
    static final class Writer {

        private static final int FLUSH_AT = 1 << 18;

        private final CopyIn copy;
        private final StringBuilder line = new StringBuilder(512);
        private byte[] buffer = new byte[FLUSH_AT + 4096];
        private int length;

        Writer(CopyIn copy) {
            this.copy = copy;
        }

        void write(ObservationRules.ValidRow row) throws SQLException {
            line.setLength(0);
            field(Integer.toString(row.number()));
            field(Integer.toString(row.indicatorId()));
            text(row.areaCode());
            text(row.period().label);
            field(row.period().type.name());
            date(row.period().start);
            date(row.period().end);
            field(Integer.toString(row.period().sortKey));
            text(row.sex());
            text(row.age());
            text(row.categoryType());
            text(row.category());
            number(row.value());
            number(row.count());
            number(row.denominator());
            number(row.lower95());
            number(row.upper95());
            number(row.lower998());
            number(row.upper998());
            field(row.limitsSource().name());
            text(row.valueNote());
            field(row.status().name());
            text(row.reportedTrend());
            outcome(row.vsEngland());
            outcome(row.vsRegion());
            outcome(row.vsNeighbours());
            text(row.source());
            line.setCharAt(line.length() - 1, '\n');
            append(line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        void finish() throws SQLException {
            flush();
            copy.endCopy();
        }

        private void append(byte[] bytes) throws SQLException {
            if (length + bytes.length > buffer.length) {
                flush();
                if (bytes.length > buffer.length) {
                    buffer = new byte[bytes.length];
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            if (length >= FLUSH_AT) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (length > 0) {
                copy.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }

        private void field(String text) {
            line.append(text).append('\t');
        }

        private void date(LocalDate date) {
            field(date.toString());
        }

        private void number(Double number) {
            field(number == null ? "\\N" : number.toString());
        }

        private void outcome(ComparisonOutcome outcome) {
            field(outcome == null ? "\\N" : outcome.name());
        }

        private void text(String text) {
            if (text == null) {
                field("\\N");
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
            line.append('\t');
        }
    }
}
