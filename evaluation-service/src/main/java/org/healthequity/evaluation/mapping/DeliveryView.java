package org.healthequity.evaluation.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.RecommendationStatus;

/**
 * One Marmot principle from outcome to delivery: its outcome indicators with the home area's latest values,
 * comparisons and trends (indicators-service); the workstreams that serve it with their logic-model outcomes citing
 * those indicators, KPIs with RAG and actions by status and RAG (workstreams-service); and the recommendations that
 * concern it (this service). A source that cannot answer leaves its part unavailable with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PrincipleDelivery", description = "A Marmot principle from its outcome indicators to the work that "
        + "serves it")
public record DeliveryView(
        int principle,
        @Schema(examples = "Create fair employment and good work for all") String title,
        @Schema(examples = "E06000032") String area,
        Outcomes outcomes,
        Workstreams workstreams,
        Recommendations recommendations,
        @Schema(description = "System impact recorded as serving the principle") List<ImpactView> impacts) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PrincipleDeliveryOutcomes")
    public record Outcomes(boolean available, @Schema(examples = "indicators-service") String source,
            String unavailableReason, List<AnnualReport.OutcomeRow> indicators,
            @Schema(description = "Is it the programme? Each indicator's change since the baseline against "
                    + "England's and the region's (indicators-service's /api/v1/scorecards/{areaCode}/change)")
            Changes changeSinceBaseline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PrincipleDeliveryChanges")
    public record Changes(boolean available, String unavailableReason,
            @Schema(description = "Each indicator's baseline is its last period ending before this day")
            LocalDate baselineBefore, List<Change> items) {
    }

    /** One indicator's change since its baseline, and how it compares. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PrincipleDeliveryChange")
    public record Change(int indicatorId, String name, String sex, String age,
            @Schema(examples = "2021/22") String baselinePeriod, @Schema(examples = "2023/24") String latestPeriod,
            Double change, Double lowerCi95, Double upperCi95,
            @Schema(examples = "Improved") String statement,
            @Schema(description = "Against each comparator, in words",
                    examples = "[\"Improved faster than England\"]") List<String> compared,
            @Schema(description = "Why nothing can be said") String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PrincipleDeliveryWorkstreams")
    public record Workstreams(boolean available, @Schema(examples = "workstreams-service") String source,
            String unavailableReason, List<Serving> items) {
    }

    /** A workstream serving the principle, with what of its logic model cites the principle's indicators. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PrincipleDeliveryWorkstream")
    public record Serving(String slug, String name, boolean available, String unavailableReason,
            @Schema(description = "Its logic-model outcomes that cite the principle's outcome indicators")
            List<AnnualReport.OutcomeIndicator> outcomes, List<AnnualReport.KpiLine> kpis,
            Map<String, Long> actionsByStatus, Map<String, Long> actionsByRag, Long overdueActions,
            @Schema(description = "Actions not started, in progress or blocked") long liveActions) {
    }

    @Schema(name = "PrincipleDeliveryRecommendations")
    public record Recommendations(long total, Map<RecommendationStatus, Long> byStatus,
            List<RecommendationView> items) {
    }
}
