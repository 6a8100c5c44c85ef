package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who a KPI reached, period by period (its approved actuals): the share in the most deprived 20 % against that
 * group's share of the population (proportionate universalism), and each breakdown reported.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "KpiReach", description = "Who a KPI's approved actuals reached, Core20PLUS5-style")
public record ReachView(long kpiId, String name, String unit,
        @Schema(description = "Percentage of the population served living in the most deprived 20 %")
        BigDecimal mostDeprivedPopulationShare, String mostDeprivedPopulationSource, List<Period> periods) {

    /** How the share reached in the most deprived 20 % stands against their share of the population. */
    public enum Judgement {
        PROPORTIONATE_OR_MORE,
        LESS_THAN_PROPORTIONATE,
        NO_POPULATION_SHARE,
        NO_DEPRIVATION_BREAKDOWN
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "KpiReachPeriod")
    public record Period(@Schema(examples = "2024/25") String period, BigDecimal actual,
            @Schema(description = "Reached in deprivation quintile 1") BigDecimal mostDeprived,
            @Schema(description = "Reached whose deprivation quintile is known") BigDecimal withKnownDeprivation,
            @Schema(description = "mostDeprived as a percentage of withKnownDeprivation", examples = "34.2")
            BigDecimal mostDeprivedShare,
            @Schema(examples = "28.5") BigDecimal populationShare,
            @Schema(description = "mostDeprivedShare ÷ populationShare: 1 is proportionate", examples = "1.2")
            BigDecimal ratio,
            Judgement judgement,
            @Schema(examples = "34.2% of those reached live in the most deprived 20%, against 28.5% of the "
                    + "population: proportionate or more") String statement,
            List<Dimension> dimensions) {
    }

    @Schema(name = "KpiReachDimension")
    public record Dimension(ReachDimension dimension, @Schema(description = "The counts' sum") BigDecimal total,
            List<Category> categories) {
    }

    @Schema(name = "KpiReachCategory")
    public record Category(String category, BigDecimal value,
            @Schema(description = "Percentage of the dimension's total") BigDecimal share) {
    }
}
