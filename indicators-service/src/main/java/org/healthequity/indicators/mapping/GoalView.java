package org.healthequity.indicators.mapping;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal of an indicator for an area: a value to reach by a period, and where it was set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorGoal")
public record GoalView(
        @NotBlank @Size(max = 9) @Schema(examples = "E06000032") String areaCode,
        @NotNull @Schema(examples = "75.0") Double value,
        @NotBlank @Size(max = 32) @Schema(description = "The period by which the value is to be reached",
                examples = "2030") String period,
        @Size(max = 500) @Schema(examples = "Luton 2040 vision") String source) {

    /** Every goal of an indicator, as {@code PUT /indicators/{id}/goals} replaces them. */
    @Schema(name = "IndicatorGoals")
    public record Goals(@NotNull @Size(max = 500) List<@Valid @NotNull GoalView> goals) {
    }

    /** A value against the goal that applies to it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GoalComparison", description = "Against the first goal due at or after the period (the last one "
            + "due once all have passed): met when the value is on the goal's good side by polarity")
    public record Compared(Double value, String period, Boolean met, @Schema(examples = "Met") String label) {
    }
}
