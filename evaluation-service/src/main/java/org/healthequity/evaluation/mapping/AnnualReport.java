package org.healthequity.evaluation.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.EvaluationStatus;
import org.healthequity.evaluation.repository.ImpactMode;
import org.healthequity.evaluation.repository.RecommendationStatus;

/**
 * The annual progress report, composed when asked for: outcome indicators from indicators-service, workstream
 * dashboards from workstreams-service, and this service's evaluation content for the year. A section whose source
 * could not answer is marked unavailable with the reason; the rest stands.
 */
@Schema(name = "AnnualReport")
public record AnnualReport(
        @Schema(examples = "Annual progress report 2023/24") String title,
        @Schema(examples = "2023/24") String year,
        LocalDate from,
        LocalDate to,
        @Schema(examples = "E06000032") String area,
        String areaName,
        Instant generatedAt,
        OutcomesSection outcomes,
        WorkstreamsSection workstreams,
        List<EvaluationSummary> evaluations,
        Recommendations recommendations,
        Map<ImpactMode, List<ImpactView>> impacts,
        @Schema(description = "By programme") Map<String, List<AchievementView>> achievements,
        List<NextStepView> nextSteps,
        @Schema(description = "Milestones and board decisions up to the year's end, oldest first")
        List<TimelineView> timeline) {

    /** The same report without the time it was composed: what its entity tag is made from. */
    public AnnualReport undated() {
        return new AnnualReport(title, year, from, to, area, areaName, null, outcomes, workstreams, evaluations,
                recommendations, impacts, achievements, nextSteps, timeline);
    }

    /** The outcome indicators, from indicators-service; {@code available} is false, with the reason, when it failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportOutcomesSection")
    public record OutcomesSection(boolean available, @Schema(examples = "indicators-service") String source,
            String unavailableReason, Outcomes content) {
    }

    /** The workstreams' progress, from workstreams-service; {@code available} is false, with the reason, when it
     * failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportWorkstreamsSection")
    public record WorkstreamsSection(boolean available, @Schema(examples = "workstreams-service") String source,
            String unavailableReason, List<WorkstreamSummary> content) {
    }

    @Schema(name = "ReportOutcomes", description = "The area's outcome indicators, latest period, per principle")
    public record Outcomes(List<String> comparators, List<OutcomePrinciple> principles) {
    }

    @Schema(name = "ReportOutcomePrinciple")
    public record OutcomePrinciple(int id, String title, List<OutcomeRow> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportOutcome")
    public record OutcomeRow(int indicatorId, String name, String unit, String sex, String age, String period,
            Double value, Double lowerCi95, Double upperCi95, List<ComparisonCell> comparisons, String trend) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportComparison", description = "The area against a comparator; category is BETTER, SIMILAR, "
            + "WORSE, HIGHER, LOWER or NOT_COMPARED, which the HTML report colours")
    public record ComparisonCell(String areaCode, String areaName, Double value, String outcome, String label,
            ComparisonCategory category) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportWorkstream")
    public record WorkstreamSummary(String slug, String name, String chairRole,
            @Schema(description = "The Marmot principles it serves") List<Integer> principles, boolean available,
            String unavailableReason, String workplanYear, String workplanStatus, Map<String, Long> actionsByStatus,
            Map<String, Long> actionsByRag, Long overdueActions, List<KpiLine> kpis,
            @Schema(description = "Its logic model's outcomes and the indicators they cite; absent when it has no "
                    + "approved logic model with outcome indicators") List<OutcomeIndicator> outcomeIndicators) {

        /** Actions not finished: not started, in progress or blocked. */
        public long liveActions() {
            return actionsByStatus == null ? 0 : actionsByStatus.entrySet().stream()
                    .filter(entry -> List.of("NOT_STARTED", "IN_PROGRESS", "BLOCKED").contains(entry.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    @Schema(name = "ReportOutcomeIndicator", description = "A logic-model outcome and the indicator it cites")
    public record OutcomeIndicator(String statement, int indicatorId, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportKpi")
    public record KpiLine(Long id, String name, String unit, String period, BigDecimal target, BigDecimal actual,
            String rag, String ruleVersion) {
    }

    @Schema(name = "ReportEvaluation")
    public record EvaluationSummary(long id, String title, String period, EvaluationStatus status, List<String> aims,
            List<FindingView> findings) {
    }

    @Schema(name = "ReportRecommendations")
    public record Recommendations(long total, Map<RecommendationStatus, Long> byStatus,
            List<RecommendationView> items) {
    }
}
