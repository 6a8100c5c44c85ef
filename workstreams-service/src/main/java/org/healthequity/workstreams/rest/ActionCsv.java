package org.healthequity.workstreams.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.healthequity.common.csv.CsvResponses;
import org.healthequity.workstreams.mapping.ActionView;

/** Actions as CSV, in one stable column order wherever actions are listed. */
final class ActionCsv {

    private static final List<String> HEADER = List.of("Action ID", "Workstream", "Year", "Workplan ID", "Title",
            "Description", "Owner organisation", "Lead", "Start date", "Due date", "Status", "RAG", "RAG reason",
            "Overdue", "KPI ID", "Recommendation", "Updated at", "Updated by");

    private ActionCsv() {
    }

    static Response of(String filename, List<ActionView> actions) {
        return CsvResponses.stream(filename, csv -> {
            csv.row(HEADER);
            actions.forEach(action -> csv.row(Arrays.asList(action.id(), action.workstream(), action.year(),
                    action.workplanId(), action.title(), action.description(), action.ownerOrganisation(),
                    action.lead(), action.startDate(), action.dueDate(), action.status(), action.rag(),
                    action.ragReason(), action.overdue(), action.kpiId(), action.recommendation(), action.updatedAt(),
                    action.updatedBy())));
        });
    }
}
