package org.healthequity.workstreams.service;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.period.RequestPeriods;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.conventions.ProblemType;
import org.healthequity.workstreams.mapping.ActualBatchRow;
import org.healthequity.workstreams.mapping.ActualBatchSummary;
import org.healthequity.workstreams.mapping.BatchMode;
import org.healthequity.workstreams.mapping.BatchOptions;
import org.healthequity.workstreams.mapping.EvidenceLink;
import org.healthequity.workstreams.mapping.ReachCount;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiActual;
import org.healthequity.workstreams.repository.KpiRepository;

/**
 * KPI actuals reported many at once, as partners report them (a quarterly return, a spreadsheet): JSON rows or a CSV
 * with the columns {@code kpi,period,value,evidence}. Every row is checked as one submitted actual is (the caller may
 * report for the KPI, the period suits its frequency, an approved actual is final) and a row may not repeat another's
 * KPI and period. All or nothing by default: one invalid row and nothing is stored (422, every problem naming its row
 * and field); {@code VALID_ONLY} stores the valid rows; a dry run stores nothing and counts what would be.
 */
@ApplicationScoped
public class ActualBatchService {

    private static final Set<String> COLUMNS = Set.of("kpi", "period", "value", "evidence");
    private static final Set<String> REQUIRED_COLUMNS = Set.of("kpi", "period", "value");

    private final KpiRepository kpis;
    private final KpiService kpiService;
    private final Permissions permissions;
    private final ObjectMapper json;
    private final Validator validator;

    ActualBatchService(KpiRepository kpis, KpiService kpiService, Permissions permissions, ObjectMapper json,
            Validator validator) {
        this.validator = validator;
        this.kpis = kpis;
        this.kpiService = kpiService;
        this.permissions = permissions;
        this.json = json;
    }

    /** A row that passed every check, ready to store. */
    private record Checked(Kpi kpi, ParsedPeriod period, KpiActual existing, BigDecimal value, String evidence,
            List<EvidenceLink> evidenceLinks, List<ReachCount> breakdowns) {
    }

    /** Reads the body (JSON unless the media type says CSV) and submits its rows. */
    @Transactional
    public ActualBatchSummary submit(InputStream body, BatchOptions options) {
        boolean dryRun = options.dryRun();
        BatchMode mode = options.mode();
        List<ProblemError> readErrors = new ArrayList<>();
        List<ActualBatchRow> rows = options.csv()
                ? BatchRows.readCsv(body, COLUMNS, REQUIRED_COLUMNS, readErrors,
                        (row, record) -> csvRow(row, record, readErrors))
                : BatchRows.readJson(json, body, new TypeReference<List<ActualBatchRow>>() {
                });
        Map<Long, Optional<Kpi>> found = new HashMap<>();
        Set<String> seen = new HashSet<>();
        BatchRows.Checked<Checked> checked = BatchRows.check(rows, readErrors,
                (row, given, problems) -> check(row, given, found, seen, problems), dryRun, mode);
        List<Checked> stored = checked.stored(mode);
        int created = (int) stored.stream().filter(row -> row.existing() == null).count();
        Map<Long, Kpi> touched = new LinkedHashMap<>();
        stored.forEach(row -> touched.put(row.kpi().id, row.kpi()));
        if (!dryRun) {
            for (Checked row : stored) {
                kpiService.record(row.kpi(), row.period(), row.existing(), row.value(), row.evidence(),
                        row.evidenceLinks(), row.breakdowns());
            }
            kpis.flush();
            touched.values().forEach(kpiService::recompute);
        }
        return new ActualBatchSummary(dryRun ? "DRY_RUN" : "COMMITTED", dryRun, mode, checked.rowsRead(), created,
                stored.size() - created, checked.refused().size(), List.copyOf(touched.keySet()),
                checked.errors().size(), checked.shown());
    }

    private Checked check(int row, ActualBatchRow given, Map<Long, Optional<Kpi>> found, Set<String> seen,
            List<ProblemError> problems) {
        if (given.value() == null) {
            problems.add(ProblemError.row(row, "value", "required", "Give the actual's value"));
        } else if (given.value().precision() - given.value().scale() > 15 || given.value().scale() > 6) {
            problems.add(ProblemError.row(row, "value", "digits", "At most 15 digits before the point and 6 after"));
        }
        if (given.evidence() != null && given.evidence().length() > ActualBatchRow.MAX_EVIDENCE) {
            problems.add(ProblemError.row(row, "evidence", "too_long", "At most " + ActualBatchRow.MAX_EVIDENCE
                    + " characters"));
        }
        BatchRows.checkEach(validator, row, "evidenceLinks", given.evidenceLinks(), EvidenceLink.MAX_PER_ACTUAL,
                "links", "A link cannot be empty", problems);
        checkBreakdowns(row, given, problems);
        if (given.kpi() == null) {
            problems.add(ProblemError.row(row, "kpi", "required", "Give the KPI's id"));
            return null;
        }
        Kpi kpi = found.computeIfAbsent(given.kpi(), id -> Optional.ofNullable(kpis.findById(id))).orElse(null);
        if (kpi == null) {
            problems.add(ProblemError.row(row, "kpi", "not_found", "No KPI has the id " + given.kpi()));
            return null;
        }
        if (!permissions.reportsFor(kpi.workstream, kpi.owner)) {
            problems.add(ProblemError.row(row, "kpi", "forbidden", "KPI " + kpi.id + " is reported by "
                    + (kpi.owner == null ? "the leads of workstream '" + kpi.workstream.slug + "'"
                            : "partners of '" + kpi.owner.slug + "' and the workstream's leads")));
            return null;
        }
        if (given.period() == null || given.period().isBlank()) {
            problems.add(ProblemError.row(row, "period", "required", "Give the period the actual is for"));
            return null;
        }
        try {
            ParsedPeriod period = RequestPeriods.require("period", given.period(), kpi.frequency);
            if (!seen.add(kpi.id + "|" + period.label())) {
                problems.add(ProblemError.row(row, "period", "duplicate", "An earlier row reports KPI " + kpi.id
                        + " for " + period.label()));
                return null;
            }
            KpiActual existing = kpiService.openActual(kpi, period);
            return problems.isEmpty() ? new Checked(kpi, period, existing, given.value(), given.evidence(),
                    given.evidenceLinks(), given.breakdowns()) : null;
        } catch (ApiException refusal) {
            // The same checks as one submitted actual: their problems, now naming the row.
            if (refusal.errors() == null || refusal.errors().isEmpty()) {
                problems.add(ProblemError.row(row, "period", refusal.type() == ProblemType.CONFLICT ? "final"
                        : "invalid", refusal.getMessage()));
            } else {
                refusal.errors().forEach(error -> problems.add(ProblemError.row(row, error.field(), error.code(),
                        error.message())));
            }
            return null;
        }
    }

    /** The breakdowns' rules as one reported actual has them (ReachCount's constraints, the sums), naming the row. */
    private void checkBreakdowns(int row, ActualBatchRow given, List<ProblemError> problems) {
        if (BatchRows.checkEach(validator, row, "breakdowns", given.breakdowns(), ReachCount.MAX_PER_ACTUAL,
                "counts", "A count cannot be empty", problems) && given.breakdowns() != null) {
            kpiService.breakdownProblems(given.value(), given.breakdowns()).forEach(problem -> problems.add(
                    ProblemError.row(row, problem.field(), problem.code(), problem.message())));
        }
    }

    /** A CSV row: a cell that is not a number is a problem of its row. */
    private static ActualBatchRow csvRow(int row, BatchRows.CsvRow record, List<ProblemError> errors) {
        return new ActualBatchRow(BatchRows.number(record.cell("kpi"), row, "kpi", errors, true)
                .map(BigDecimal::longValueExact).orElse(null), record.cell("period"),
                BatchRows.number(record.cell("value"), row, "value", errors, false).orElse(null),
                record.cell("evidence"), null, null);
    }
}
