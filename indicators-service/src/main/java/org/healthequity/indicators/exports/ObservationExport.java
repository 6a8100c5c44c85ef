package org.healthequity.indicators.exports;

import static org.healthequity.indicators.repository.ObservationColumn.COUNT;
import static org.healthequity.indicators.repository.ObservationColumn.DENOMINATOR;
import static org.healthequity.indicators.repository.ObservationColumn.LOWER_CI_95;
import static org.healthequity.indicators.repository.ObservationColumn.LOWER_CI_99_8;
import static org.healthequity.indicators.repository.ObservationColumn.UPPER_CI_95;
import static org.healthequity.indicators.repository.ObservationColumn.UPPER_CI_99_8;
import static org.healthequity.indicators.repository.ObservationColumn.VALUE;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.healthequity.common.http.Turns;
import org.healthequity.common.csv.CsvWriter;
import org.healthequity.common.period.PeriodType;
import org.healthequity.indicators.config.IndicatorsConfig;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.ObservationColumn;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.service.Benchmarks;
import org.healthequity.indicators.service.GoalService;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.RecentTrend;

/**
 * Observations as a Fingertips CSV download ({@link FingertipsCsvLayout}), streamed from the database: the rows of
 * one series (indicator, breakdown, area) are held only until the series ends, so memory stays flat however many
 * rows are exported. Each row is compared with England and with its parent area by the indicator's method
 * ({@link ExportComparators}), and the latest row of each series carries its recent trend, as Fingertips' downloads
 * do. The source's own comparisons and trend follow in {@code Reported …} columns.
 */
@ApplicationScoped
public class ObservationExport {

    private static final Logger LOG = Logger.getLogger(ObservationExport.class);

    /**
     * Numbers come both as doubles and as PostgreSQL's shortest exact text. The rows come in the natural key
     * index's own order, so that they come off the index unsorted; each series is then put in period order in
     * memory, where it is small.
     */
    private static final String ROWS = "SELECT " + ObservationColumn.names(ObservationColumn.KEY)
            + ", period_type, period_sort_key, " + ObservationColumn.names(ObservationColumn.NUMBERS) + ", "
            + ObservationColumn.asText(ObservationColumn.NUMBERS) + ", "
            + ObservationColumn.names(ObservationColumn.NOTES) + ", (updated_at AT TIME ZONE 'UTC')::text "
            + "FROM observation";
    private static final String INDEX_ORDER = " ORDER BY " + ObservationColumn.names(ObservationColumn.KEY);

    private final AgroalDataSource dataSource;
    private final IndicatorRepository indicators;
    private final AreaRepository areas;
    private final GoalService goals;
    /** A bulkhead: exports beyond it wait their turn, so that they cannot take the connection pool from others. */
    private final Turns turns;

    ObservationExport(AgroalDataSource dataSource, IndicatorRepository indicators, AreaRepository areas,
            IndicatorsConfig config, GoalService goals) {
        this.goals = goals;
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.areas = areas;
        this.turns = new Turns(config.export().concurrent(), config.export().queueTimeout(),
                "Other exports are being written; ask again shortly", Duration.ofSeconds(30));
    }

    /**
     * Writes the matching observations; the caller gives a writer that does not wait on a client (a file: see
     * {@code CsvResponses.spooled}), since the database connection and transaction are held until it returns.
     */
    public void write(ObservationRepository.Filter filter, List<AreaGroup> groups, CsvWriter csv) {
        turns.take(() -> {
            writeInTransaction(filter, groups, csv);
            return null;
        });
    }

    private void writeInTransaction(ObservationRepository.Filter filter, List<AreaGroup> groups, CsvWriter csv) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            Map<Integer, Indicator> indicatorById = indicators.listAll().stream()
                    .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));
            AreaTree tree = AreaTree.of(areas.listAll());
            try (Connection connection = dataSource.getConnection()) {
                ExportFilter rows = ExportFilter.of(filter, true);
                ExportComparators comparators = ExportComparators.load(connection, ExportFilter.of(filter, false),
                        tree, indicatorById, goals.byIndicatorAndArea(List.copyOf(indicatorById.keySet())), groups);
                csv.row(FingertipsCsvLayout.header(comparators.parentLabel(connection, rows),
                        comparators.groupNames()));
                stream(connection, rows, indicatorById, tree, comparators, csv);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Export failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Streams the rows with {@code COPY … TO STDOUT (FORMAT binary)}: PostgreSQL produces rows continuously while
     * they are written out, instead of waiting for each fetch of a cursor.
     */
    private static void stream(Connection connection, ExportFilter filter, Map<Integer, Indicator> indicatorById,
            AreaTree tree, ExportComparators comparators, CsvWriter csv) throws SQLException, IOException {
        String sql = "COPY (" + ROWS + filter.inline() + INDEX_ORDER + ") TO STDOUT WITH (FORMAT binary)";
        long started = System.nanoTime();
        long count = 0;
        List<ExportRow> series = new ArrayList<>();
        try (BinaryCopyReader rows = new BinaryCopyReader(new PGCopyInputStream(
                connection.unwrap(PGConnection.class), sql))) {
            while (rows.next()) {
                count++;
                ExportRow row = read(rows);
                if (!series.isEmpty() && !row.sameSeries(series.get(0))) {
                    writeSeries(series, indicatorById, tree, comparators, csv);
                    series.clear();
                }
                series.add(row);
            }
        }
        if (!series.isEmpty()) {
            writeSeries(series, indicatorById, tree, comparators, csv);
        }
        LOG.infof("Exported %d observations in %.1f s", count, (System.nanoTime() - started) / 1e9);
    }

    /** One tuple of {@link #ROWS}, field by field in its order. */
    private static ExportRow read(BinaryCopyReader rows) throws IOException {
        int indicatorId = rows.int4();
        String areaCode = rows.text();
        String sex = rows.text();
        String age = rows.text();
        String categoryType = rows.text();
        String category = rows.text();
        String periodLabel = rows.text();
        PeriodType periodType = PeriodType.valueOf(rows.text());
        int sortKey = rows.int4();
        Double[] numbers = new Double[ObservationColumn.NUMBERS.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = rows.float8();
        }
        String[] numberTexts = new String[numbers.length];
        for (int i = 0; i < numberTexts.length; i++) {
            numberTexts[i] = rows.text();
        }
        String[] notes = new String[ObservationColumn.NOTES.size()];
        for (int i = 0; i < notes.length; i++) {
            notes[i] = rows.text();
        }
        return new ExportRow(indicatorId, areaCode, periodLabel, sex, age, categoryType, category, periodType,
                sortKey, numbers, numberTexts, notes, isoInstant(rows.text()));
    }

    private static void writeSeries(List<ExportRow> series, Map<Integer, Indicator> indicatorById, AreaTree tree,
            ExportComparators comparators, CsvWriter csv) {
        series.sort(Comparator.comparingInt(ExportRow::sortKey));
        Indicator indicator = indicatorById.get(series.get(0).indicatorId());
        Area area = tree.get(series.get(0).areaCode());
        Area parent = tree.parentOf(area);
        List<RecentTrend.Point> points = new ArrayList<>(series.size());
        for (ExportRow row : series) {
            points.add(Benchmarks.point(row.sortKey() / 10000, row.periodType(), row.number(VALUE), row.number(COUNT),
                    row.number(DENOMINATOR), row.number(LOWER_CI_95), row.number(UPPER_CI_95)));
        }
        String trend = Benchmarks.trend(indicator, points).label();
        for (int i = 0; i < series.size(); i++) {
            ExportRow row = series.get(i);
            BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(row.number(VALUE),
                    row.number(LOWER_CI_95), row.number(UPPER_CI_95), row.number(LOWER_CI_99_8),
                    row.number(UPPER_CI_99_8));
            String vsEngland = compared(indicator, interval, area, AreaTree.ENGLAND, row, comparators);
            String vsParent = parent == null || parent.code.equals(AreaTree.ENGLAND)
                    ? ComparisonOutcome.NOT_COMPARED.label()
                    : compared(indicator, interval, area, parent.code, row, comparators);
            FingertipsCsvLayout.write(csv, row, indicator, area, parent, i == series.size() - 1 ? trend : "",
                    vsEngland, vsParent, comparators.goal(row, indicator, row.number(VALUE)),
                    comparators.groupCells(row, indicator, interval));
        }
    }

    private static String compared(Indicator indicator, BenchmarkComparison.Interval interval, Area area,
            String comparator, ExportRow row, ExportComparators comparators) {
        if (area.code.equals(comparator)) {
            return ComparisonOutcome.NOT_COMPARED.label();
        }
        return Benchmarks.compare(indicator, interval, comparators.value(row, comparator),
                () -> comparators.peers(row, area, comparator)).outcome().label();
    }

    /** {@code 2026-11-26 00:23:30.904662}, as PostgreSQL writes a UTC timestamp, in ISO 8601 with its zone. */
    private static String isoInstant(String utc) {
        return utc.substring(0, 10) + 'T' + utc.substring(11) + 'Z';
    }
}
