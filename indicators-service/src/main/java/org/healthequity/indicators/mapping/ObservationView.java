package org.healthequity.indicators.mapping;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.repository.LimitsSource;
import org.healthequity.indicators.repository.ObservationStatus;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.RecentTrend;

@Schema(name = "Observation", description = "One value of an indicator for an area, period and breakdown")
public record ObservationView(
        long id,
        @Schema(examples = "90366") int indicatorId,
        @Schema(examples = "Life expectancy at birth") String indicatorName,
        @Schema(examples = "E06000032") String areaCode,
        @Schema(examples = "Luton") String areaName,
        PeriodView period,
        @Schema(examples = "Male") String sex,
        @Schema(examples = "All ages") String age,
        @Schema(description = "Inequality breakdown type, such as a deprivation decile; absent when none")
        String categoryType,
        String category,
        @Schema(examples = "78.1") Double value,
        Double count,
        Double denominator,
        Double lowerCi95,
        Double upperCi95,
        Double lowerCi998,
        Double upperCi998,
        @Schema(description = "Whether the limits are as published, computed here from the counts, or absent")
        LimitsSource limitsSource,
        String valueNote,
        ObservationStatus status,
        @Schema(description = "Comparisons and trend as the source reported them, when it did") Reported reported,
        @Schema(description = "Comparisons with England and the parent area and the recent trend, computed by the "
                + "indicator's method as the CSV export computes them") Computed computed,
        String source,
        Long importId,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "ComputedComparisons")
    public record Computed(List<ComputedComparison> comparisons, ComputedTrend trend) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ComputedComparison")
    public record ComputedComparison(@Schema(examples = "E92000001") String areaCode,
            @Schema(examples = "England") String areaName, Double value, ComparisonOutcome outcome,
            @Schema(examples = "Worse") String label, @Schema(description = "Why it is not compared, when it is not")
            String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ComputedTrend", description = "The recent trend of the series up to this period")
    public record ComputedTrend(RecentTrend.Trend trend, @Schema(examples = "Decreasing and getting better")
            String label, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportedComparisons")
    public record Reported(
            @Schema(examples = "Comparable") String trend,
            ComparisonOutcome comparedToEngland,
            ComparisonOutcome comparedToRegion,
            ComparisonOutcome comparedToNeighbours) {
    }
}
