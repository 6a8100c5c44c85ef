package org.healthequity.workstreams.repository;

import java.time.Instant;
import java.time.LocalDate;

/** What an action listing is narrowed to; null fields do not narrow it. */
public record ActionFilter(Workstream workstream, Workplan workplan, Organisation owner, ActionStatus status, Rag rag,
        Boolean overdue, LocalDate today, Instant updatedSince, Long answersRecommendation, Boolean answering,
        String activity) {

    public static ActionFilter ofWorkplan(Workplan workplan) {
        return new ActionFilter(null, workplan, null, null, null, null, null, null, null, null, null);
    }
}
