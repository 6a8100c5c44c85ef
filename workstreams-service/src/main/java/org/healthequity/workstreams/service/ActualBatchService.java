package org.healthequity.workstreams.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.healthequity.common.csv.CsvReader;
import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.period.RequestPeriods;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.conventions.ProblemType;
import org.healthequity.workstreams.mapping.ActualBatchRow;
import org.healthequity.workstreams.mapping.ActualBatchSummary;
import org.healthequity.workstreams.mapping.BatchMode;
import org.healthequity.workstreams.mapping.EvidenceLink;
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

    public static final int MAX_ROWS = 5_000;
    private static final int MAX_ERRORS_SHOWN = 1_000;
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
            List<EvidenceLink> evidenceLinks) {
    }

    /** Reads the body (JSON unless the media type says CSV) and submits its rows. */
    @Transactional
    public ActualBatchSummary submit(InputStream body, boolean csv, boolean dryRun, BatchMode mode) {
        List<ProblemError> errors = new ArrayList<>();
        List<ActualBatchRow> rows = csv ? readCsv(body, errors) : readJson(body);
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ApiException.invalidField("body", "empty", "The batch has no rows");
        }
        Map<Long, Optional<Kpi>> found = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<Integer> refused = new LinkedHashSet<>();
        errors.forEach(error -> refused.add(error.row()));
        List<Checked> valid = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            int row = index + 1;
            if (refused.contains(row)) {
                continue;
            }
            List<ProblemError> problems = new ArrayList<>();
            Checked checked = check(row, rows.get(index), found, seen, problems);
            if (problems.isEmpty()) {
                valid.add(checked);
            } else {
                refused.add(row);
                errors.addAll(problems);
            }
        }
        int rowsRead = rows.size();
        if (!errors.isEmpty() && mode == BatchMode.ALL_OR_NOTHING && !dryRun) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, refused.size() + " of " + rowsRead
                    + " row(s) refused; nothing was stored", shown(errors));
        }
        List<Checked> stored = errors.isEmpty() || mode == BatchMode.VALID_ONLY ? valid : List.of();
        int created = (int) stored.stream().filter(checked -> checked.existing() == null).count();
        Map<Long, Kpi> touched = new LinkedHashMap<>();
        stored.forEach(checked -> touched.put(checked.kpi().id, checked.kpi()));
        if (!dryRun) {
            for (Checked checked : stored) {
                kpiService.record(checked.kpi(), checked.period(), checked.existing(), checked.value(),
                        checked.evidence(), checked.evidenceLinks());
            }
            kpis.flush();
            touched.values().forEach(kpiService::recompute);
        }
        return new ActualBatchSummary(dryRun ? "DRY_RUN" : "COMMITTED", dryRun, mode, rowsRead, created,
                stored.size() - created, refused.size(), List.copyOf(touched.keySet()), errors.size(),
                shown(errors));
    }

    private Checked check(int row, ActualBatchRow given, Map<Long, Optional<Kpi>> found, Set<String> seen,
            List<ProblemError> problems) {
        if (given == null) {
            problems.add(ProblemError.row(row, null, "required", "The row is empty"));
            return null;
        }
        if (given.value() == null) {
            problems.add(ProblemError.row(row, "value", "required", "Give the actual's value"));
        } else if (given.value().precision() - given.value().scale() > 15 || given.value().scale() > 6) {
            problems.add(ProblemError.row(row, "value", "digits", "At most 15 digits before the point and 6 after"));
        }
        if (given.evidence() != null && given.evidence().length() > ActualBatchRow.MAX_EVIDENCE) {
            problems.add(ProblemError.row(row, "evidence", "too_long", "At most " + ActualBatchRow.MAX_EVIDENCE
                    + " characters"));
        }
        checkLinks(row, given.evidenceLinks(), problems);
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
                    given.evidenceLinks()) : null;
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

    /** The links' rules as one reported actual has them (EvidenceLink's constraints), naming the row. */
    private void checkLinks(int row, List<EvidenceLink> links, List<ProblemError> problems) {
        if (links == null) {
            return;
        }
        if (links.size() > EvidenceLink.MAX_PER_ACTUAL) {
            problems.add(ProblemError.row(row, "evidenceLinks", "too_many", "At most " + EvidenceLink.MAX_PER_ACTUAL
                    + " links"));
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            EvidenceLink link = links.get(i);
            String field = "evidenceLinks[" + i + "]";
            if (link == null) {
                problems.add(ProblemError.row(row, field, "required", "A link cannot be empty"));
                continue;
            }
            for (ConstraintViolation<EvidenceLink> violation : validator.validate(link)) {
                problems.add(ProblemError.row(row, field + "." + violation.getPropertyPath(), "invalid",
                        violation.getMessage()));
            }
        }
    }

    private List<ActualBatchRow> readJson(InputStream body) {
        try {
            List<ActualBatchRow> rows = json.readValue(body, new TypeReference<List<ActualBatchRow>>() {
            });
            if (rows == null) {
                throw ApiException.invalidField("body", "required", "Send a JSON array of rows");
            }
            requireAtMost(rows.size());
            return rows;
        } catch (JsonProcessingException e) {
            // The service's mapper of Jackson's problems names the field (400 unreadable, 422 mistyped).
            throw new WebApplicationException(e, 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CSV rows by their header ({@code kpi,period,value,evidence} in any order and case; evidence may be left out).
     * A cell that is not a number is a problem of its row; a missing or unknown column refuses the whole batch.
     */
    private List<ActualBatchRow> readCsv(InputStream body, List<ProblemError> errors) {
        List<ActualBatchRow> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            List<String> header = reader.next();
            if (header == null) {
                return rows;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).trim().toLowerCase(Locale.ROOT);
                if (!COLUMNS.contains(name)) {
                    throw ApiException.invalidField(header.get(i), "unknown_column", "The columns are kpi, period, "
                            + "value and evidence");
                }
                if (columns.put(name, i) != null) {
                    throw ApiException.invalidField(name, "duplicate_column", "The column " + name
                            + " is given twice");
                }
            }
            for (String required : REQUIRED_COLUMNS) {
                if (!columns.containsKey(required)) {
                    throw ApiException.invalidField(required, "missing_column", "The CSV needs a " + required
                            + " column");
                }
            }
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                requireAtMost(rows.size() + 1);
                int row = rows.size() + 1;
                if (record.size() != header.size()) {
                    errors.add(ProblemError.row(row, null, "columns", "The row has " + record.size()
                            + " cells; the header has " + header.size()));
                    rows.add(null);
                    continue;
                }
                rows.add(new ActualBatchRow(number(record, columns.get("kpi"), row, "kpi", errors, true)
                        .map(BigDecimal::longValueExact).orElse(null), cell(record, columns.get("period")),
                        number(record, columns.get("value"), row, "value", errors, false).orElse(null),
                        cell(record, columns.get("evidence")), null));
            }
        } catch (CsvReader.MalformedCsvException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The CSV cannot be read: " + e.getMessage());
        }
        return rows;
    }

    private static String cell(List<String> record, Integer column) {
        if (column == null) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static Optional<BigDecimal> number(List<String> record, Integer column, int row, String field,
            List<ProblemError> errors, boolean whole) {
        String text = cell(record, column);
        if (text == null) {
            return Optional.empty();
        }
        try {
            // Bounded before parsing: BigDecimal's exponent notation would otherwise admit 1E999999999.
            if (text.length() > 40) {
                throw new NumberFormatException();
            }
            BigDecimal number = new BigDecimal(text);
            if (whole) {
                number.longValueExact();
            }
            return Optional.of(number);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(ProblemError.row(row, field, "not_a_number", "'" + (text.length() > 40 ? text.substring(0,
                    40) + "…" : text) + "' is not " + (whole ? "an id" : "a number")));
            return Optional.empty();
        }
    }

    private static void requireAtMost(int rows) {
        if (rows > MAX_ROWS) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "A batch takes at most " + MAX_ROWS
                    + " rows; send the rest in another");
        }
    }

    private static List<ProblemError> shown(List<ProblemError> errors) {
        return errors.size() > MAX_ERRORS_SHOWN ? List.copyOf(errors.subList(0, MAX_ERRORS_SHOWN)) : errors;
    }
}
