package org.healthequity.indicators.mapping;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.statistics.ChangeSinceBaseline;
import org.healthequity.indicators.statistics.Polarity;

/** "Is it the programme?": an area's change since a baseline beside its comparators' over the same periods. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChangeSinceBaseline", description = "Each indicator's change from the last period before the baseline "
        + "date to the latest, beside the change in each comparator over the same periods")
public record ChangeView(
        AreaView area,
        @Schema(description = "Each series' baseline is its last period ending before this day",
                examples = "2022-09-01") LocalDate baselineBefore,
        List<AreaView> comparators,
        @Schema(description = "How the intervals are made") String method,
        List<Row> rows) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChangeRow")
    public record Row(int indicatorId, String name, String unit, int principle, Polarity polarity, String sex,
            String age, Point baseline, Point latest, Change change,
            @Schema(description = "Why nothing can be said, when a period is missing") String note,
            List<Comparison> comparisons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChangePoint")
    public record Point(String period, Double value, Double lowerCi95, Double upperCi95) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChangeAmount")
    public record Change(double value, Double lowerCi95, Double upperCi95,
            @Schema(description = "IMPROVED, WORSENED, INCREASED, DECREASED, NO_SIGNIFICANT_CHANGE or "
                    + "CANNOT_BE_SAID") String outcome,
            @Schema(examples = "Improved faster than England") String statement) {

        public static Change of(ChangeSinceBaseline.Change change, String outcome, String statement) {
            return new Change(change.value(), change.lower95(), change.upper95(), outcome, statement);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChangeComparison")
    public record Comparison(String code, String name, Point baseline, Point latest, Change change,
            @Schema(description = "The area's change less the comparator's; its outcome is BETTER, WORSE, HIGHER, "
                    + "LOWER, NO_DIFFERENT, NOT_COMPARED or CANNOT_BE_SAID") Change difference,
            @Schema(description = "For a group: SUMMED_COUNTS or MEDIAN") String aggregation) {
    }
}
