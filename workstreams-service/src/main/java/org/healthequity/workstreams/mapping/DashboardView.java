package org.healthequity.workstreams.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.KpiDirection;
import org.healthequity.workstreams.repository.WorkplanStatus;

@Schema(name = "Dashboard", description = "A workstream at a glance: its current workplan's actions, its KPIs' latest "
        + "RAG, and the latest home-area values of the outcome indicators its logic model names")
public record DashboardView(String workstream, String name, String chairRole, Plan workplan, Actions actions,
        List<KpiLine> kpis, Outcomes outcomes, Instant generatedAt) {

    /** The same dashboard without the time it was built: what its entity tag is made from. */
    public DashboardView undated() {
        return new DashboardView(workstream, name, chairRole, workplan, actions, kpis, outcomes, null);
    }

    @Schema(name = "DashboardWorkplan", description = "The workplan for the current year, else the latest that "
            + "has begun, else the first to come")
    public record Plan(long id, String year, WorkplanStatus status, String signedOffBy, Instant signedOffAt) {
    }

    @Schema(name = "DashboardActions")
    public record Actions(long total, Map<ActionStatus, Long> byStatus,
            @Schema(description = "GREEN, AMBER, RED and NOT_RATED") Map<String, Long> byRag,
            List<ActionView> overdue) {
    }

    @Schema(name = "DashboardKpi")
    public record KpiLine(long id, String name, String unit, KpiDirection direction, KpiValueView latest,
            @Schema(description = "Who its latest approved actual reached: the most deprived 20 % against their "
                    + "share of the population (GET /api/v1/kpis/{id}/reach has every period)")
            ReachView.Period reach) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DashboardOutcomes", description = "Fetched from indicators-service; when it cannot answer, "
            + "available is false and the reason says why, and the rest of the dashboard still stands")
    public record Outcomes(boolean available, String reason, String area, Integer logicModelVersion,
            List<OutcomeLine> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DashboardOutcome")
    public record OutcomeLine(String statement, int indicatorId, String name, String unit, String sex, String age,
            String period, Double value, Double lowerCi95, Double upperCi95, List<Comparison> comparisons,
            String trend, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DashboardComparison")
    public record Comparison(String areaCode, String areaName, Double value, String outcome) {
    }
}
