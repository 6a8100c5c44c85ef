package org.healthequity.indicators.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.Estimate;
import org.healthequity.indicators.statistics.LifeExpectancy;
import org.healthequity.indicators.statistics.RecentTrend;

/** What the calculators answer. */
public final class MethodResults {

    private MethodResults() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Estimate", description = "A statistic with its confidence interval")
    public record EstimateView(
            @Schema(examples = "0.65") Double value,
            @Schema(examples = "0.5525") Double lowerCi,
            @Schema(examples = "0.7364") Double upperCi,
            @Schema(examples = "0.95") double confidence,
            @Schema(examples = "proportion of 1") String statistic,
            @Schema(examples = "Wilson") String method,
            @Schema(description = "Why the value or limits are withheld, when they are") String note) {

        public static EstimateView of(Estimate estimate) {
            return new EstimateView(finite(estimate.value()), finite(estimate.lowerCi()), finite(estimate.upperCi()),
                    estimate.confidence(), estimate.statistic(), estimate.method(), estimate.note());
        }

        private static Double finite(Double number) {
            return number == null || number.isNaN() || number.isInfinite() ? null : number;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LifeExpectancyResult")
    public record LifeExpectancyView(Double value, Double lowerCi, Double upperCi, double confidence, String method,
            String note, List<AgeView> byAge) {

        public static LifeExpectancyView of(List<LifeExpectancy.AgeResult> table) {
            Estimate atBirth = table.get(0).estimate();
            return new LifeExpectancyView(atBirth.value(), atBirth.lowerCi(), atBirth.upperCi(),
                    atBirth.confidence(), atBirth.method(), atBirth.note(), table.stream().map(age -> new AgeView(
                            age.startAge(), age.ageBand(), age.estimate().value(), age.estimate().lowerCi(),
                            age.estimate().upperCi(), age.estimate().note())).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LifeExpectancyAtAge")
    public record AgeView(int startAge, String ageBand, Double value, Double lowerCi, Double upperCi, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CompareResult")
    public record CompareView(ComparisonOutcome outcome, @Schema(examples = "Similar") String label, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TrendResult")
    public record TrendView(RecentTrend.Trend trend, @Schema(examples = "Decreasing and getting better") String label,
            String reason, Double chiSquared, Double slope, List<String> periodsUsed) {
    }
}
