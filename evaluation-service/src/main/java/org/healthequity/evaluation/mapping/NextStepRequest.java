package org.healthequity.evaluation.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NextStepRequest", description = "A next step, or its new state on update")
public record NextStepRequest(
        @NotBlank @Size(max = 4000) @Schema(examples = "Full evaluation of core20plus5 work undertaken to date")
        String text,
        @Schema(description = "Slug of the owning organisation in workstreams-service", examples = "lbc")
        String ownerOrganisation,
        LocalDate dueDate,
        @Schema(description = "false when omitted") Boolean done,
        @NotBlank @Schema(description = "The financial year whose report sets it", examples = "2024/25") String year) {
}
