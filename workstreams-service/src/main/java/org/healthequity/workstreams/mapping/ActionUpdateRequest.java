package org.healthequity.workstreams.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.Rag;

@Schema(name = "ActionUpdateRequest", description = "Progress on an action; status and RAG, when given, become the "
        + "action's")
public record ActionUpdateRequest(
        @Schema(description = "The day the progress is reported for; today when omitted, never in the future",
                examples = "2024-09-30") LocalDate date,
        @NotBlank @Size(max = MAX_TEXT) @Schema(examples = "Funding agreed with NEA; first PCN sessions "
                + "booked") String text,
        ActionStatus status,
        Rag rag,
        @Size(max = MAX_REASON) @Schema(description = "Required when rag is AMBER or RED") String ragReason) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_REASON = 2000;
}
