package org.healthequity.evaluation.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AchievementRequest", description = "An achievement, or its new state on update")
public record AchievementRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Core20plus5") String programme,
        @NotBlank @Size(max = 4000) @Schema(examples = "Food First Luton food map distribution") String description,
        @NotBlank @Schema(description = "The financial year it is reported in", examples = "2024/25") String year,
        @Valid Metric metric) {
}
