package org.healthequity.workstreams.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.Rag;

/** One row of a batch of progress updates: the action and its update, as one update is reported. */
@Schema(name = "ActionUpdateBatchRow", description = "Progress on one action, in a batch")
public record ActionUpdateBatchRow(
        @Schema(description = "The action's id", examples = "12") Long action,
        @Schema(description = "The day the progress is reported for; today when omitted, never in the future",
                examples = "2024-09-30") LocalDate date,
        @Schema(maxLength = ActionUpdateRequest.MAX_TEXT,
                examples = "Funding agreed with NEA; first PCN sessions booked") String text,
        ActionStatus status,
        Rag rag,
        @Schema(maxLength = ActionUpdateRequest.MAX_REASON, description = "Required when rag is AMBER or RED")
        String ragReason) {
}
