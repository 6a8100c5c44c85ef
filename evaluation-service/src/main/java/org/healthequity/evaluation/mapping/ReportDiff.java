package org.healthequity.evaluation.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.RecommendationStatus;

/** What moved between the latest published editions of two years' reports. */
@Schema(name = "ReportDiff", description = "What moved between the latest editions of two years' annual reports")
public record ReportDiff(
        @Schema(description = "The earlier edition compared") EditionView from,
        @Schema(description = "The later edition compared") EditionView to,
        @Schema(description = "Outcome indicators whose comparison with a comparator changed category")
        List<CategoryChange> indicators,
        @Schema(description = "Recommendations whose status moved") List<RecommendationMove> recommendations,
        @Schema(description = "Per workstream, completed actions then and now") List<ActionsCompleted> actions,
        @Schema(description = "KPIs reported in the later edition and not in the earlier") List<NewKpi> newKpis) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportDiffCategoryChange")
    public record CategoryChange(int indicatorId, String name, String comparator, ComparisonCategory from,
            ComparisonCategory to, String fromPeriod, String toPeriod) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportDiffRecommendationMove")
    public record RecommendationMove(long id, String text, RecommendationStatus from, RecommendationStatus to) {
    }

    @Schema(name = "ReportDiffActionsCompleted")
    public record ActionsCompleted(String workstream, long before, long after, long completedSince) {
    }

    @Schema(name = "ReportDiffNewKpi")
    public record NewKpi(String workstream, String name) {
    }
}
