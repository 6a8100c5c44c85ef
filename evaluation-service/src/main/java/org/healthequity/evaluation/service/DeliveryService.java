package org.healthequity.evaluation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import org.healthequity.common.problem.ApiException;
import org.healthequity.evaluation.client.IndicatorsClient;
import org.healthequity.evaluation.client.WorkstreamsClient;
import org.healthequity.evaluation.config.EvaluationConfig;
import org.healthequity.evaluation.mapping.AnnualReport;
import org.healthequity.evaluation.mapping.AnsweringActionsView;
import org.healthequity.evaluation.mapping.DeliveryView;
import org.healthequity.evaluation.mapping.GapView;
import org.healthequity.evaluation.mapping.RecommendationView;
import org.healthequity.evaluation.repository.RecommendationFilter;
import org.healthequity.evaluation.repository.RecommendationStatus;
import org.healthequity.indicators.client.ChangeSinceBaseline;
import org.healthequity.indicators.client.PrincipleSummary;

/**
 * The golden thread: each Marmot principle from its outcome indicators (indicators-service) to the workstreams,
 * logic-model outcomes, KPIs and actions that serve it (workstreams-service) and the recommendations that concern it
 * (here), and where that thread breaks. Each service keeps its data; this one reads the others through their APIs,
 * as the annual report does, and a source that cannot answer leaves its part unavailable.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);
    static final int LAST_PRINCIPLE = 8;

    private final AnnualReportService sources;
    private final IndicatorsClient indicators;
    private final RecommendationService recommendations;
    private final EvaluationConfig config;
    private final ImpactService impacts;
    private final WorkstreamsClient workstreams;

    DeliveryService(AnnualReportService sources, IndicatorsClient indicators, RecommendationService recommendations,
            ImpactService impacts, EvaluationConfig config, WorkstreamsClient workstreams) {
        this.workstreams = workstreams;
        this.impacts = impacts;
        this.sources = sources;
        this.indicators = indicators;
        this.recommendations = recommendations;
        this.config = config;
    }

    public DeliveryView principle(int id) {
        if (id < 0 || id > LAST_PRINCIPLE) {
            throw ApiException.notFound("Principle", id);
        }
        String area = config.homeArea();
        Optional<AnnualReport.Outcomes> measured = sources.scorecard(area).map(AnnualReportService::outcomes);
        List<AnnualReport.OutcomeRow> rows = measured.map(found -> rowsOf(found, id)).orElse(null);
        DeliveryView.Outcomes outcomes = rows == null
                ? new DeliveryView.Outcomes(false, AnnualReportService.INDICATORS, "indicators-service did not "
                        + "answer, so the principle's outcome indicators cannot be shown now", null, null)
                : new DeliveryView.Outcomes(true, AnnualReportService.INDICATORS, null, rows, changes(area, id));
        Set<Integer> measures = rows == null ? null
                : rows.stream().map(AnnualReport.OutcomeRow::indicatorId).collect(Collectors.toSet());
        AnnualReport.WorkstreamsSection section = sources.workstreamsSection();
        DeliveryView.Workstreams workstreams = !section.available()
                ? new DeliveryView.Workstreams(false, AnnualReportService.WORKSTREAMS, section.unavailableReason(),
                        null)
                : new DeliveryView.Workstreams(true, AnnualReportService.WORKSTREAMS, null, section.content().stream()
                        .filter(summary -> serves(summary, id)).map(summary -> serving(summary, measures)).toList());
        List<RecommendationView> concerning = recommendations.all(new RecommendationFilter(null, null, null, null, id,
                null, null));
        Map<RecommendationStatus, Long> byStatus = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            byStatus.put(status, concerning.stream().filter(item -> item.status() == status).count());
        }
        return new DeliveryView(id, title(id, measured), area, outcomes, workstreams,
                new DeliveryView.Recommendations(concerning.size(), byStatus, concerning), impacts.ofPrinciple(id));
    }

    /** The principle's indicators' change since the baseline; unavailable, with the reason, if it cannot be read. */
    private DeliveryView.Changes changes(String area, int principle) {
        ChangeSinceBaseline read;
        try {
            read = indicators.change(area);
        } catch (RuntimeException e) {
            LOG.warnf("Delivery view of principle %d without change since baseline: %s", principle, e.toString());
            return new DeliveryView.Changes(false, "indicators-service did not answer, so the change since the "
                    + "baseline cannot be shown now", null, null);
        }
        List<DeliveryView.Change> items = read.rows() == null ? List.of() : read.rows().stream()
                .filter(row -> row.principle() == principle)
                .map(row -> new DeliveryView.Change(row.indicatorId(), row.name(), row.sex(), row.age(),
                        row.baseline() == null ? null : row.baseline().period(),
                        row.latest() == null ? null : row.latest().period(),
                        row.change() == null ? null : rounded(row.change().value()),
                        row.change() == null ? null : rounded(row.change().lowerCi95()),
                        row.change() == null ? null : rounded(row.change().upperCi95()),
                        row.change() == null ? null : row.change().statement(),
                        row.comparisons() == null ? List.of() : row.comparisons().stream()
                                .filter(comparison -> comparison.difference() != null)
                                .map(comparison -> comparison.difference().statement()).toList(),
                        row.note()))
                .toList();
        return new DeliveryView.Changes(true, null, read.baselineBefore(), items);
    }

    /** Changes are read by people here: to two decimal places, as the values they are the difference of. */
    private static Double rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The actions answering the recommendation, or the reason they cannot be read now; 404 if it is unknown. */
    public AnsweringActionsView answering(long recommendation) {
        recommendations.get(recommendation);
        try {
            return new AnsweringActionsView(recommendation, true, null, workstreams.actionsAnswering(recommendation));
        } catch (RuntimeException e) {
            LOG.warnf("Actions answering recommendation %d not read: %s", recommendation, e.toString());
            return new AnsweringActionsView(recommendation, false, "workstreams-service did not answer, so the "
                    + "actions answering it cannot be shown now", null);
        }
    }

    public GapView gaps() {
        List<String> unavailable = new ArrayList<>();
        Optional<AnnualReport.Outcomes> measured = sources.scorecard(config.homeArea())
                .map(AnnualReportService::outcomes);
        Optional<List<PrincipleSummary>> principles = principles();
        if (measured.isEmpty() || principles.isEmpty()) {
            unavailable.add(AnnualReportService.INDICATORS);
        }
        AnnualReport.WorkstreamsSection section = sources.workstreamsSection();
        if (!section.available()) {
            unavailable.add(AnnualReportService.WORKSTREAMS);
        }
        List<AnnualReport.WorkstreamSummary> workstreams = section.available() ? section.content() : List.of();
        List<GapView.Gap> gaps = new ArrayList<>();
        for (int principle = 0; principle <= LAST_PRINCIPLE; principle++) {
            int id = principle;
            String name = "Principle " + id + principles.flatMap(list -> list.stream()
                    .filter(found -> found.id() == id).findFirst()).map(found -> " (" + found.title() + ")")
                    .orElse("");
            if (measured.isPresent() && rowsOf(measured.get(), id).isEmpty()) {
                gaps.add(new GapView.Gap(GapView.Kind.PRINCIPLE_WITHOUT_MEASURE, name + " has no outcome indicator "
                        + "with a value for " + config.homeArea(), id, null, null, null, "POST /api/v1/imports"));
            }
            if (section.available()) {
                List<AnnualReport.WorkstreamSummary> serving = workstreams.stream()
                        .filter(summary -> serves(summary, id)).toList();
                if (serving.stream().mapToLong(AnnualReport.WorkstreamSummary::liveActions).sum() == 0) {
                    gaps.add(new GapView.Gap(GapView.Kind.PRINCIPLE_WITHOUT_LIVE_ACTIONS, serving.isEmpty()
                            ? name + " is served by no workstream" : name + " is served by "
                                    + serving.stream().map(AnnualReport.WorkstreamSummary::slug)
                                            .collect(Collectors.joining(", ")) + ", with no action under way",
                            id, serving.isEmpty() ? null : serving.get(0).slug(), null, null, serving.isEmpty()
                                    ? "PUT /api/v1/workstreams/{slug} (its principles)"
                                    : "POST /api/v1/workplans/{id}/actions"));
                }
            }
        }
        for (AnnualReport.WorkstreamSummary summary : workstreams) {
            if (summary.available()) {
                workstreamGaps(summary, gaps);
            }
        }
        Optional<Set<Long>> answered = section.available() ? answeredRecommendations() : Optional.empty();
        if (section.available() && answered.isEmpty()) {
            unavailable.add(AnnualReportService.WORKSTREAMS);
        }
        for (RecommendationView recommendation : recommendations.all(new RecommendationFilter(null, null, null, null,
                null, null, null))) {
            if (recommendation.status().isFinal()) {
                continue;
            }
            if (recommendation.workstream() != null && answered.isPresent()
                    && !answered.get().contains(recommendation.id())) {
                gaps.add(new GapView.Gap(GapView.Kind.RECOMMENDATION_WITHOUT_ACTION, "Recommendation "
                        + recommendation.id() + " (" + recommendation.status() + ") is with "
                        + recommendation.workstream() + ", but no action says it answers it",
                        recommendation.principle(), recommendation.workstream(), null, recommendation.id(),
                        "PUT /api/v1/actions/{id} (answersRecommendations)"));
            }
            Optional<AnnualReport.WorkstreamSummary> takenUpBy = recommendation.workstream() == null
                    ? Optional.empty() : workstreams.stream()
                            .filter(summary -> summary.slug().equals(recommendation.workstream())).findFirst();
            if (recommendation.workstream() == null) {
                gaps.add(new GapView.Gap(GapView.Kind.RECOMMENDATION_NOT_TAKEN_UP, "Recommendation "
                        + recommendation.id() + " (" + recommendation.status() + ") names no workstream to take it up",
                        recommendation.principle(), null, null, recommendation.id(),
                        "PUT /api/v1/recommendations/" + recommendation.id()));
            } else if (takenUpBy.isPresent() && takenUpBy.get().available() && takenUpBy.get().liveActions() == 0) {
                gaps.add(new GapView.Gap(GapView.Kind.RECOMMENDATION_NOT_TAKEN_UP, "Recommendation "
                        + recommendation.id() + " is with " + recommendation.workstream() + ", which has no action "
                        + "under way", recommendation.principle(), recommendation.workstream(), null,
                        recommendation.id(), "POST /api/v1/workplans/{id}/actions"));
            }
        }
        return new GapView(unavailable.isEmpty(), unavailable, gaps);
    }

    /** The recommendations some action answers; empty when workstreams-service cannot say. */
    private Optional<Set<Long>> answeredRecommendations() {
        try {
            return Optional.of(workstreams.actionsAnsweringAny().stream()
                    .flatMap(action -> action.answersRecommendations() == null ? Stream.<Long>empty()
                            : action.answersRecommendations().stream())
                    .collect(Collectors.toSet()));
        } catch (RuntimeException e) {
            LOG.warnf("Gaps without the actions answering recommendations: %s", e.toString());
            return Optional.empty();
        }
    }

    private static void workstreamGaps(AnnualReport.WorkstreamSummary summary, List<GapView.Gap> gaps) {
        String slug = summary.slug();
        List<AnnualReport.KpiLine> kpis = summary.kpis() == null ? List.of() : summary.kpis();
        if (summary.outcomeIndicators() == null) {
            gaps.add(new GapView.Gap(GapView.Kind.LOGIC_MODEL_WITHOUT_INDICATORS, slug + " has no approved logic "
                    + "model whose outcomes cite indicators", null, slug, null, null,
                    "POST /api/v1/workstreams/" + slug + "/logic-models"));
            if (summary.liveActions() > 0 && kpis.isEmpty()) {
                gaps.add(new GapView.Gap(GapView.Kind.ACTIONS_WITHOUT_MEASURE, slug + " has " + summary.liveActions()
                        + " action(s) under way and nothing that measures them: no KPI, no outcome indicator", null,
                        slug, null, null, "POST /api/v1/workstreams/" + slug + "/kpis"));
            }
        }
        for (AnnualReport.KpiLine kpi : kpis) {
            if (kpi.target() == null) {
                gaps.add(new GapView.Gap(GapView.Kind.KPI_WITHOUT_TARGET, "KPI '" + kpi.name() + "' of " + slug
                        + " has no target for its current period", null, slug, kpi.id(), null,
                        "PUT /api/v1/kpis/" + kpi.id() + "/targets"));
            }
            if (kpi.actual() == null) {
                gaps.add(new GapView.Gap(GapView.Kind.KPI_WITHOUT_ACTUAL, "KPI '" + kpi.name() + "' of " + slug
                        + " has no approved actual for its current period", null, slug, kpi.id(), null,
                        "POST /api/v1/kpis/" + kpi.id() + "/actuals"));
            }
        }
    }

    private static boolean serves(AnnualReport.WorkstreamSummary summary, int principle) {
        return summary.principles() != null && summary.principles().contains(principle);
    }

    /** A serving workstream, with the logic-model outcomes citing the principle's measures (all, if unknown). */
    private static DeliveryView.Serving serving(AnnualReport.WorkstreamSummary summary, Set<Integer> measures) {
        List<AnnualReport.OutcomeIndicator> outcomes = summary.outcomeIndicators() == null ? List.of()
                : summary.outcomeIndicators().stream()
                        .filter(outcome -> measures == null || measures.contains(outcome.indicatorId())).toList();
        return new DeliveryView.Serving(summary.slug(), summary.name(), summary.available(),
                summary.unavailableReason(), outcomes, summary.kpis(), summary.actionsByStatus(),
                summary.actionsByRag(), summary.overdueActions(), summary.liveActions());
    }

    private static List<AnnualReport.OutcomeRow> rowsOf(AnnualReport.Outcomes outcomes, int principle) {
        return outcomes.principles().stream()
                .filter(found -> found.id() == principle).findFirst()
                .map(AnnualReport.OutcomePrinciple::indicators).orElse(List.of());
    }

    /** The principle's title: from indicators-service's list, else from the scorecard, else none. */
    private String title(int id, Optional<AnnualReport.Outcomes> measured) {
        return principles().flatMap(list -> list.stream().filter(found -> found.id() == id).findFirst())
                .map(PrincipleSummary::title)
                .or(() -> measured.flatMap(found -> found.principles().stream()
                        .filter(principle -> principle.id() == id).findFirst()
                        .map(AnnualReport.OutcomePrinciple::title)))
                .orElse(null);
    }

    private Optional<List<PrincipleSummary>> principles() {
        try {
            return Optional.of(indicators.principles());
        } catch (RuntimeException e) {
            LOG.warnf("Delivery view without the principles' titles: %s", e.toString());
            return Optional.empty();
        }
    }
}
