package org.healthequity.indicators.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.Estimate;
import org.healthequity.indicators.statistics.LifeExpectancy;
import org.healthequity.indicators.statistics.RecentTrend;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality;

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

    /** The RII and the intercept are left out unless asked for, or where they have no finite value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SiiResult", description = "The slope and relative index of inequality with simulated limits")
    public record SiiView(IndexView sii, IndexView rii,
            @Schema(description = "The fitted value at the most deprived end, when asked for") Double intercept) {

        @Schema(name = "InequalityIndex")
        public record IndexView(@Schema(examples = "6.93") double value, @Schema(examples = "3.13") double lowerCi,
                @Schema(examples = "10.76") double upperCi, @Schema(examples = "0.95") double confidence) {

            static IndexView of(SlopeIndexOfInequality.Interval interval) {
                if (interval == null || !Double.isFinite(interval.value()) || !Double.isFinite(interval.lowerCi())
                        || !Double.isFinite(interval.upperCi())) {
                    return null;
                }
                return new IndexView(interval.value(), interval.lowerCi(), interval.upperCi(), interval.confidence());
            }
        }

        public static SiiView of(SlopeIndexOfInequality.Result result) {
            Double intercept = result.intercept() == null || !Double.isFinite(result.intercept()) ? null
                    : result.intercept();
            return new SiiView(IndexView.of(result.sii()), IndexView.of(result.rii()), intercept);
        }
    }

    @Schema(name = "QuantilesResult")
    public record QuantilesView(@Schema(examples = "10") int quantiles,
            @Schema(description = "Whether quantile 1 holds the highest values") boolean highestFirst,
            List<AreaQuantile> areas) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(name = "AreaQuantile", description = "An area's quantile within its group; absent where its group "
                + "has fewer areas with values than quantiles, or it has no value")
        public record AreaQuantile(String code, Double value, String group, Integer quantile) {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TrendResult")
    public record TrendView(RecentTrend.Trend trend, @Schema(examples = "Decreasing and getting better") String label,
            String reason, Double chiSquared, Double slope, List<String> periodsUsed) {
    }
}
