package org.healthequity.evaluation.mapping;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.ImpactMode;

@Schema(name = "ImpactRequest", description = "A record of system impact, or its new state on update")
public record ImpactRequest(
        @NotNull ImpactMode mode,
        @NotBlank @Size(max = 4000) @Schema(examples = "Family hubs locations") String description,
        @NotBlank @Schema(description = "The financial year it is reported in", examples = "2024/25") String year,
        @Schema(examples = "2024-07-01") LocalDate date,
        @Size(max = 4000) String evidence,
        @Size(max = 50) @Schema(description = "Slugs of partner organisations in workstreams-service",
                examples = "[\"active-luton\"]") List<@NotBlank String> partners,
        @Size(max = 9) @Schema(description = "The Marmot principles (0 to 8) it served", examples = "[3, 7]")
        List<@NotNull @Min(0) @Max(8) Integer> principles) {

    public ImpactRequest {
        partners = partners == null ? List.of() : partners;
        principles = principles == null ? List.of() : principles;
    }
}
