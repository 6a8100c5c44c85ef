package org.healthequity.workstreams.mapping;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.ActionUpdate;
import org.healthequity.workstreams.repository.Rag;

@Schema(name = "ActionUpdate", description = "One entry of an action's append-only progress log")
public record ActionUpdateView(long id, long actionId, LocalDate date, String text, String author,
        @Schema(description = "The author's organisation, for partners") String organisation,
        @Schema(description = "The status this update set, if it changed it") ActionStatus status,
        Rag rag, String ragReason, Instant createdAt) {

    public static ActionUpdateView of(ActionUpdate update) {
        return new ActionUpdateView(update.id, update.actionId, update.date, update.text, update.author,
                update.organisation, update.status, update.rag, update.ragReason, update.createdAt);
    }
}
