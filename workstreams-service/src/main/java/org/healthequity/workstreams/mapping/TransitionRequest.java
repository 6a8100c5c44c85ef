package org.healthequity.workstreams.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.WorkplanStep;

@Schema(name = "TransitionRequest", description = "A move of a workplan's status")
public record TransitionRequest(
        @NotNull @Schema(examples = "SIGN_OFF") WorkplanStep action,
        @Size(max = 2000) @Schema(description = "Required when returning a workplan to draft",
                examples = "Signed off at the October board meeting") String comment) {
}
