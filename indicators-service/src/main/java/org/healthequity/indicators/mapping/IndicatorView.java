package org.healthequity.indicators.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.period.YearType;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.Polarity;
import org.healthequity.indicators.statistics.ValueType;

@Schema(name = "Indicator", description = "An outcome indicator and how its values are computed and judged")
public record IndicatorView(
        @Schema(examples = "92196", description = "Fingertips id, or a local id from 900000") int id,
        @Schema(examples = "Infant mortality rate") String name,
        String definition,
        @Schema(examples = "1") int principle,
        ValueType valueType,
        @Schema(examples = "per 1,000 live births") String unit,
        @Schema(examples = "1000") double multiplier,
        Polarity polarity,
        BenchmarkMethod benchmarkMethod,
        @Schema(description = "Lowest plausible value; values below are refused") Double validMin,
        @Schema(description = "Highest plausible value; a percentage lies in 0..100") Double validMax,
        @Schema(description = "What a split-year label such as 2021/22 means for this indicator") YearType yearType,
        String source,
        String frequency,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {
}
