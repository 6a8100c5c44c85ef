package org.healthequity.evaluation.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * workstreams-service's resources in the fields this service reads. Enumerations travel as strings so that a value
 * added there does not break a reader here.
 */
public final class WorkstreamsData {

    private WorkstreamsData() {
    }

    public record Workstream(String slug, String name, String chairRole, List<Integer> principles, String status) {
    }

    public record Organisation(String slug, String name, String type) {
    }

    public record Workplan(long id, String year, String status) {
    }

    public record Dashboard(String workstream, String name, String chairRole, Plan workplan, Actions actions,
            List<Kpi> kpis, Outcomes outcomes) {
    }

    public record Plan(long id, String year, String status, String signedOffBy) {
    }

    public record Actions(long total, Map<String, Long> byStatus, Map<String, Long> byRag, List<Action> overdue) {
    }

    public record Action(long id, String title, String ownerOrganisation, LocalDate dueDate, String status,
            String rag) {
    }

    /** An action in the fields the recommendation's view and the gaps read. */
    public record AnsweringAction(long id, String workstream, String title, String ownerOrganisation,
            LocalDate dueDate, String status, String rag, String activity, List<Long> answersRecommendations) {
    }

    public record Kpi(long id, String name, String unit, KpiValue latest) {
    }

    public record KpiValue(String period, BigDecimal target, BigDecimal actual, String rag, String reason,
            String ruleVersion) {
    }

    public record Outcomes(boolean available, String reason, List<OutcomeLine> indicators) {
    }

    /** An outcome of the workstream's logic model and the indicator it cites. */
    public record OutcomeLine(String statement, int indicatorId, String name) {
    }
}
