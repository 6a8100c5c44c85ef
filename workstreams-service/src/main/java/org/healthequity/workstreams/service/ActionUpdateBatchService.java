package org.healthequity.workstreams.service;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.healthequity.common.problem.ProblemError;
import org.healthequity.workstreams.mapping.ActionUpdateBatchRow;
import org.healthequity.workstreams.mapping.ActionUpdateBatchSummary;
import org.healthequity.workstreams.mapping.ActionUpdateRequest;
import org.healthequity.workstreams.mapping.BatchMode;
import org.healthequity.workstreams.mapping.BatchOptions;
import org.healthequity.workstreams.repository.ActionRepository;
import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.Rag;
import org.healthequity.workstreams.repository.WorkplanAction;

/**
 * Progress on many actions at once, as partners report it (a monthly return): JSON rows or a CSV with the columns
 * {@code action,date,text,status,rag,ragReason}. Every row is checked as one update is (the caller reports on the
 * action, its workplan still takes progress, the day is not in the future, AMBER and RED say why), with the batch
 * rules of {@link BatchRows}; rows for the same action are stored in their order, the last status and RAG standing.
 */
@ApplicationScoped
public class ActionUpdateBatchService {

    private static final Set<String> COLUMNS = Set.of("action", "date", "text", "status", "rag", "ragreason");
    private static final Set<String> REQUIRED_COLUMNS = Set.of("action", "text");

    private final ActionRepository actions;
    private final ActionService actionService;
    private final ObjectMapper json;

    ActionUpdateBatchService(ActionRepository actions, ActionService actionService, ObjectMapper json) {
        this.actions = actions;
        this.actionService = actionService;
        this.json = json;
    }

    /** A row that passed every check, ready to store. */
    private record Checked(WorkplanAction action, ActionUpdateRequest update) {
    }

    /** Reads the body (JSON unless the media type says CSV) and adds its updates. */
    @Transactional
    public ActionUpdateBatchSummary submit(InputStream body, BatchOptions options) {
        boolean dryRun = options.dryRun();
        BatchMode mode = options.mode();
        List<ProblemError> readErrors = new ArrayList<>();
        List<ActionUpdateBatchRow> rows = options.csv()
                ? BatchRows.readCsv(body, COLUMNS, REQUIRED_COLUMNS, readErrors,
                        (row, record) -> csvRow(row, record, readErrors))
                : BatchRows.readJson(json, body, new TypeReference<List<ActionUpdateBatchRow>>() {
                });
        Map<Long, Optional<WorkplanAction>> found = new HashMap<>();
        BatchRows.Checked<Checked> checked = BatchRows.check(rows, readErrors,
                (row, given, problems) -> check(row, given, found, problems), dryRun, mode);
        List<Checked> stored = checked.stored(mode);
        Set<Long> touched = new LinkedHashSet<>();
        stored.forEach(row -> touched.add(row.action().id));
        if (!dryRun) {
            stored.forEach(row -> actionService.record(row.action(), row.update()));
            actions.flush();
        }
        return new ActionUpdateBatchSummary(dryRun ? "DRY_RUN" : "COMMITTED", dryRun, mode, checked.rowsRead(),
                stored.size(), checked.refused().size(), List.copyOf(touched), checked.errors().size(),
                checked.shown());
    }

    private Checked check(int row, ActionUpdateBatchRow given, Map<Long, Optional<WorkplanAction>> found,
            List<ProblemError> problems) {
        if (given.text() == null || given.text().isBlank()) {
            problems.add(ProblemError.row(row, "text", "required", "Say what progress was made"));
        } else if (given.text().length() > ActionUpdateRequest.MAX_TEXT) {
            problems.add(ProblemError.row(row, "text", "too_long", "At most " + ActionUpdateRequest.MAX_TEXT
                    + " characters"));
        }
        if (given.ragReason() != null && given.ragReason().length() > ActionUpdateRequest.MAX_REASON) {
            problems.add(ProblemError.row(row, "ragReason", "too_long", "At most " + ActionUpdateRequest.MAX_REASON
                    + " characters"));
        }
        if (given.action() == null) {
            problems.add(ProblemError.row(row, "action", "required", "Give the action's id"));
            return null;
        }
        WorkplanAction action = found.computeIfAbsent(given.action(),
                id -> Optional.ofNullable(actions.findById(id))).orElse(null);
        if (action == null) {
            problems.add(ProblemError.row(row, "action", "not_found", "No action has the id " + given.action()));
            return null;
        }
        Optional<String> refused = actionService.whyNotReporter(action);
        if (refused.isPresent()) {
            problems.add(ProblemError.row(row, "action", "forbidden", refused.get()));
            return null;
        }
        ActionUpdateRequest update = new ActionUpdateRequest(given.date(), given.text(), given.status(), given.rag(),
                given.ragReason());
        actionService.updateProblems(update).forEach(problem -> problems.add(ProblemError.row(row, problem.field(),
                problem.code(), problem.message())));
        return problems.isEmpty() ? new Checked(action, update) : null;
    }

    /** A CSV row: a cell that is not an id, a day, a status or a RAG is a problem of its row. */
    private static ActionUpdateBatchRow csvRow(int row, BatchRows.CsvRow record, List<ProblemError> errors) {
        return new ActionUpdateBatchRow(BatchRows.number(record.cell("action"), row, "action", errors, true)
                .map(BigDecimal::longValueExact).orElse(null),
                BatchRows.date(record.cell("date"), row, "date", errors).orElse(null), record.cell("text"),
                BatchRows.enumValue(ActionStatus.class, record.cell("status"), row, "status", errors).orElse(null),
                BatchRows.enumValue(Rag.class, record.cell("rag"), row, "rag", errors).orElse(null),
                record.cell("ragreason"));
    }
}
