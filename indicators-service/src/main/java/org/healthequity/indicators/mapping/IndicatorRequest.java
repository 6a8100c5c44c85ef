package org.healthequity.indicators.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.period.YearType;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.Polarity;
import org.healthequity.indicators.statistics.ValueType;

@Schema(name = "IndicatorRequest", description = "An indicator to define, or its new definition. On create, leave "
        + "id out for a new local id, or give the Fingertips id.")
public record IndicatorRequest(
        @Positive @Schema(examples = "93356") Integer id,
        @NotBlank @Size(max = 500) @Schema(examples = "Campylobacter incidence rate/100,000") String name,
        @Size(max = 4000) String definition,
        @NotNull @Min(0) @Max(8) @Schema(examples = "6") Integer principle,
        @NotNull ValueType valueType,
        @Size(max = 100) @Schema(examples = "per 100,000") String unit,
        @Positive @Schema(examples = "100000", description = "1 by default") Double multiplier,
        @NotNull Polarity polarity,
        @Schema(description = "CI_95 by default") BenchmarkMethod benchmarkMethod,
        Double validMin,
        Double validMax,
        @Schema(description = "FINANCIAL by default") YearType yearType,
        @Size(max = 500) String source,
        @Size(max = 100) String frequency) {
}
