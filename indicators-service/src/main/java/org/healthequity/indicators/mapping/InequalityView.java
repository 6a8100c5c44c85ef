package org.healthequity.indicators.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.service.Breakdown;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.Polarity;
import org.healthequity.indicators.statistics.ValueType;

/** An area's value broken down, each category against the area's overall value, with the gap between them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Inequalities", description = "An indicator's value for an area broken down by sex, age, deprivation, "
        + "ethnic group or child area, along the gradient, each category compared with the area's overall value")
public record InequalityView(
        AreaView area,
        IndicatorRef indicator,
        @Schema(examples = "DEPRIVATION") Breakdown by,
        @Schema(description = "The period shown: the one asked for, or the latest with this breakdown",
                examples = "2022") String period,
        @Schema(description = "The breakdown's category type as stored (Fingertips' Category Type)",
                examples = "County & UA deprivation deciles in England (IMD2019, 4/21 geography)")
        String categoryType,
        @Schema(examples = "Persons") String sex,
        @Schema(examples = "All ages") String age,
        @Schema(description = "The area's own value for the period; absent if not stored") Value overall,
        @Schema(description = "The area's own value against each comparator asked for") List<Comparison>
        overallComparisons,
        @Schema(description = "Along the gradient: most to least deprived, youngest to oldest; for ethnic groups "
                + "and child areas, worst to best by the indicator's polarity") List<Category> categories,
        @Schema(description = "The highest and the lowest category value, and their difference and ratio") Range range,
        @Schema(description = "Deprivation breakdowns of 5 or more categories with populations: the slope index of "
                + "inequality (10,000 simulated repetitions for its limits)") MethodResults.SiiView sii,
        @Schema(description = "Why the SII is absent, when it is") String siiNote) {

    @Schema(name = "InequalityIndicator")
    public record IndicatorRef(int id, String name, String unit, ValueType valueType, Polarity polarity,
            double multiplier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InequalityValue")
    public record Value(Double value, Double lowerCi, Double upperCi, Double count, Double denominator) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InequalityCategory")
    public record Category(
            @Schema(examples = "Most deprived decile (IMD2019)") String label,
            @Schema(description = "Place along the gradient, from 1", examples = "1") int position,
            @Schema(description = "The child area's code, for breakdowns by ward") String areaCode,
            Value value,
            @Schema(description = "Against the area's overall value, by the indicator's method (95 % intervals for "
                    + "quintile indicators) and polarity") ComparisonOutcome comparedWithOverall,
            @Schema(examples = "Worse") String comparisonLabel,
            @Schema(description = "Against each comparator's value for the same category and period")
            List<Comparison> comparisons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InequalityComparison")
    public record Comparison(@Schema(examples = "E92000001") String code, @Schema(examples = "England") String name,
            Double value, ComparisonOutcome outcome, @Schema(examples = "Worse") String label,
            @Schema(description = "For a group: SUMMED_COUNTS or MEDIAN") String aggregate) {
    }

    @Schema(name = "InequalityRange")
    public record Range(String highest, double highestValue, String lowest, double lowestValue, double absoluteGap,
            @Schema(description = "highest ÷ lowest; absent when the lowest is not above 0") Double relativeGap) {
    }
}
