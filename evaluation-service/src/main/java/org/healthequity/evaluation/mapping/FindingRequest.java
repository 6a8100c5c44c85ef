package org.healthequity.evaluation.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.FindingKind;

@Schema(name = "FindingRequest", description = "A finding of an evaluation, or its new state on update")
public record FindingRequest(
        @NotNull FindingKind kind,
        @Size(max = 200) @Schema(examples = "Governance") String theme,
        @NotBlank @Size(max = 4000) @Schema(examples = "Capacity to deliver at desired pace") String statement,
        @Size(max = 4000) String evidence) {
}
