package org.healthequity.indicators.mapping;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.period.YearType;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.DirectlyStandardisedRate;
import org.healthequity.indicators.statistics.IndirectlyStandardisedRatio;
import org.healthequity.indicators.statistics.Polarity;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality;
import org.healthequity.indicators.statistics.StandardPopulation;
import org.healthequity.indicators.statistics.ValueType;

/**
 * The bodies of the calculators under {@code /api/v1/methods}. Confidence is any level in [0.9, 1), 0.95 by default.
 */
public final class MethodRequests {

    private MethodRequests() {
    }

    @Schema(name = "ProportionRequest")
    public record Proportion(
            @NotNull @Schema(examples = "65") Double count,
            @NotNull @Schema(examples = "100") Double denominator,
            @Positive @Schema(description = "1 for a proportion (default), 100 for a percentage", examples = "100")
            Double multiplier,
            @DecimalMin("0.9") @DecimalMax(value = "1", inclusive = false) @Schema(examples = "0.95")
            Double confidence) {
    }

    @Schema(name = "RateRequest")
    public record Rate(
            @NotNull @Schema(examples = "177") Double count,
            @NotNull @Schema(examples = "214710") Double denominator,
            @Positive @Schema(description = "100000 by default", examples = "100000") Double multiplier,
            @DecimalMin("0.9") @DecimalMax(value = "1", inclusive = false) Double confidence) {
    }

    @Schema(name = "MeanRequest")
    public record Mean(
            @NotNull @Size(min = 2, max = 1_000_000) List<@NotNull Double> values,
            @DecimalMin("0.9") @DecimalMax(value = "1", inclusive = false) Double confidence) {
    }

    @Schema(name = "DsrBand")
    public record DsrBand(
            @Schema(description = "Events; a missing count is 0") Double count,
            @NotNull @Schema(examples = "636") Double population,
            @Schema(description = "This band's standard population weight, instead of ESP 2013")
            Double standardPopulation,
            @Schema(description = "For events that are not independent: people by how many events they had")
            List<DirectlyStandardisedRate.EventFrequency> eventFrequencies) {
    }

    @Schema(name = "DsrRequest")
    public record Dsr(
            @NotEmpty @Size(max = 100) List<@Valid @NotNull DsrBand> bands,
            @Schema(description = "ESP2013 (19 bands, the default) or CUSTOM (weights on every band)")
            StandardPopulation standardPopulation,
            @Positive @Schema(description = "100000 by default") Double multiplier,
            @DecimalMin("0.9") @DecimalMax(value = "1", inclusive = false) Double confidence) {
    }

    @Schema(name = "IsrBand")
    public record IsrBand(
            Double count,
            @NotNull Double population,
            @NotNull Double referenceCount,
            @NotNull Double referencePopulation) {
    }

    @Schema(name = "IsrRequest")
    public record Isr(
            @NotEmpty @Size(max = 100) List<@Valid @NotNull IsrBand> bands,
            @Schema(description = "The total observed count, when the bands carry no local counts") Double observed,
            @Schema(description = "RATIO (the default) or RATE") IndirectlyStandardisedRatio.Kind kind,
            @Positive @Schema(description = "1 (ratio) or 100000 (rate) by default") Double multiplier,
            @DecimalMin("0.9") @DecimalMax(value = "1", inclusive = false) Double confidence) {
    }

    @Schema(name = "LifeTableBand")
    public record LifeTableBand(@NotNull Double deaths, @NotNull Double population) {
    }

    @Schema(name = "LifeExpectancyRequest")
    public record LifeExpectancy(
            @NotNull @Schema(description = "20 bands: 0, 1-4, 5-9, …, 85-89, "
                    + "90+") List<@Valid @NotNull LifeTableBand> bands,
            @DecimalMin("0.9") @DecimalMax(value = "1", inclusive = false) Double confidence) {
    }

    @Schema(name = "CompareRequest")
    public record Compare(
            @NotNull @Schema(examples = "82.44") Double value,
            @Schema(examples = "70.74") Double lowerCi,
            @Schema(examples = "95.52") Double upperCi,
            Double lowerCi998,
            Double upperCi998,
            @Schema(examples = "94.73") Double comparatorValue,
            @NotNull Polarity polarity,
            @NotNull BenchmarkMethod method,
            @Schema(description = "For QUINTILES: the values of the comparator's areas of the same type")
            List<Double> peerValues) {
    }

    @Schema(name = "SiiQuantile")
    public record SiiQuantile(
            @NotNull @Min(1) @Max(100) @Schema(description = "Its place on the scale, 1 for the most deprived",
                    examples = "1") Integer quantile,
            @NotNull @Schema(examples = "7291") Double population,
            @Schema(examples = "75.93") Double value,
            @Schema(examples = "72.72") Double lowerCi,
            @Schema(examples = "79.14") Double upperCi,
            @Schema(description = "Instead of the limits: on the log scale for rates, the logit scale for "
                    + "proportions") Double standardError,
            @Schema(description = "For a proportion without a value: the count, divided by the population")
            Double count) {
    }

    @Schema(name = "SiiRequest")
    public record Sii(
            @Schema(description = "VALUE (the default), RATE or PROPORTION") SlopeIndexOfInequality.Kind valueType,
            @NotNull @Size(min = 5, max = 100) List<@Valid @NotNull SiiQuantile> quantiles,
            @DecimalMin("0.9") @DecimalMax(value = "1", inclusive = false) @Schema(examples = "0.95")
            Double confidence,
            @Schema(description = "1 by default; 100 for a percentage; negative to flip the SII and invert the RII")
            Double multiplier,
            @Schema(description = "Regress rates on the log and proportions on the logit scale (needs the limits)")
            Boolean transform,
            @Schema(description = "Also the relative index of inequality (true by default)") Boolean rii,
            @Schema(description = "Also the fitted value at the most deprived end") Boolean intercept,
            @Min(1000) @Max(1_000_000) @Schema(description = "Simulation draws for the limits, 100000 by default")
            Integer repetitions) {
    }

    @Schema(name = "QuantileArea")
    public record QuantileArea(
            @NotNull @Size(min = 1, max = 32) @Schema(examples = "E01015779") String code,
            @Schema(description = "No value, no quantile", examples = "42.7") Double value,
            @Size(max = 32) @Schema(description = "Quantiles are assigned within each group (a region, say)",
                    examples = "E06000032") String group) {
    }

    @Schema(name = "QuantilesRequest")
    public record Quantiles(
            @Min(2) @Max(100) @Schema(description = "10 (deciles) by default") Integer quantiles,
            @Schema(description = "Quantile 1 for the worst: LOW_IS_GOOD puts the highest values first, "
                    + "HIGH_IS_GOOD the lowest (the default)") Polarity polarity,
            @Schema(description = "Overrides polarity: true puts the highest values in quantile 1, as for a "
                    + "deprivation score") Boolean highestFirst,
            @NotNull @Size(min = 1, max = 50_000) List<@Valid @NotNull QuantileArea> areas) {
    }

    @Schema(name = "TrendPoint")
    public record TrendPoint(
            @NotNull @Schema(examples = "2019") String period,
            Double value,
            Double count,
            Double denominator,
            Double lowerCi,
            Double upperCi) {
    }

    @Schema(name = "TrendRequest")
    public record Trend(
            @NotNull ValueType valueType,
            @NotNull Polarity polarity,
            @Schema(description = "What labels such as 2021/22 mean (FINANCIAL by default)") YearType yearType,
            @NotNull @Size(max = 1000) List<@Valid @NotNull TrendPoint> points) {
    }
}
