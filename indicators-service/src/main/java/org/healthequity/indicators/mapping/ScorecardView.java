package org.healthequity.indicators.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.repository.LimitsSource;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.Polarity;
import org.healthequity.indicators.statistics.RecentTrend;
import org.healthequity.indicators.statistics.ValueType;

@Schema(name = "Scorecard", description = "An area's outcome table: per principle and indicator, the latest two "
        + "periods with their intervals, the comparators' values, the computed and the reported comparisons side by "
        + "side, and the recent trend")
public record ScorecardView(AreaView area, List<AreaView> comparators, String period, List<PrincipleRows> principles) {

    @Schema(name = "ScorecardPrinciple")
    public record PrincipleRows(int id, String title, String shortTitle, List<Row> indicators) {
    }

    @Schema(name = "ScorecardRow", description = "One indicator series (sex and age) of the area")
    public record Row(int indicatorId, String name, String unit, ValueType valueType, Polarity polarity,
            BenchmarkMethod benchmarkMethod, String sex, String age, List<PeriodEntry> periods) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScorecardPeriod")
    public record PeriodEntry(PeriodView period, Double value, Double lowerCi95, Double upperCi95,
            Double lowerCi998, Double upperCi998, LimitsSource limitsSource, Double count, Double denominator,
            String valueNote, List<Comparison> comparisons,
            @Schema(description = "The nearest-neighbour comparison the source reported") ComparisonOutcome
            reportedVsNeighbours,
            Trend trend,
            @Schema(description = "The spread of the values of England's areas of the area's type, for a spine "
                    + "chart") DistributionView distribution,
            @Schema(description = "Against the area's goal for the indicator, where it has one") GoalView.Compared
            goal) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScorecardComparison")
    public record Comparison(String areaCode, String areaName, Double value, ComparisonOutcome computed,
            String computedLabel, @Schema(description = "Why it is not compared, when it is not") String reason,
            @Schema(description = "The comparison as the source reported it") ComparisonOutcome reported,
            @Schema(description = "For a group: how its value was made, SUMMED_COUNTS (the members' counts over "
                    + "their denominators) or MEDIAN (of the members' values, where counts are missing)")
            String aggregate,
            @Schema(description = "For a group: the area's quintile among the members' values") ComparisonOutcome
            quintileInGroup) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScorecardTrend")
    public record Trend(RecentTrend.Trend computed, String label, String reason,
            @Schema(description = "The trend as the source reported it", examples = "Significantly improving")
            String reported) {
    }
}
