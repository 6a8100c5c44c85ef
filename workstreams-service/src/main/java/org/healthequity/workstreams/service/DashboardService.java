package org.healthequity.workstreams.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.healthequity.indicators.client.Scorecard;
import org.healthequity.workstreams.client.IndicatorsClient;
import org.healthequity.workstreams.config.WorkstreamsConfig;
import org.healthequity.workstreams.mapping.ActionView;
import org.healthequity.workstreams.mapping.DashboardView;
import org.healthequity.workstreams.mapping.KpiValueView;
import org.healthequity.workstreams.mapping.ReachView;
import org.healthequity.workstreams.repository.ActionFilter;
import org.healthequity.workstreams.repository.ActionRepository;
import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiPeriodStatus;
import org.healthequity.workstreams.repository.KpiRepository;
import org.healthequity.workstreams.repository.LogicModel;
import org.healthequity.workstreams.repository.LogicModelContent;
import org.healthequity.workstreams.repository.LogicModelRepository;
import org.healthequity.workstreams.repository.Rag;
import org.healthequity.workstreams.repository.Workplan;
import org.healthequity.workstreams.repository.WorkplanRepository;
import org.healthequity.workstreams.repository.Workstream;

/**
 * A workstream's dashboard. Its own data always answers; the outcome section comes from indicators-service and, when
 * that cannot answer, is marked unavailable with the reason while the rest of the dashboard stands.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    private static final Logger LOG = Logger.getLogger(DashboardService.class);
    private static final String NOT_RATED = "NOT_RATED";

    private final WorkstreamService workstreams;
    private final WorkplanRepository workplans;
    private final ActionRepository actions;
    private final KpiRepository kpis;
    private final KpiService kpiService;
    private final LogicModelRepository models;
    private final IndicatorsClient indicators;
    private final WorkstreamsConfig config;

    DashboardService(WorkstreamService workstreams, WorkplanRepository workplans, ActionRepository actions,
            KpiRepository kpis, KpiService kpiService, LogicModelRepository models, IndicatorsClient indicators,
            WorkstreamsConfig config) {
        this.workstreams = workstreams;
        this.workplans = workplans;
        this.actions = actions;
        this.kpis = kpis;
        this.kpiService = kpiService;
        this.models = models;
        this.indicators = indicators;
        this.config = config;
    }

    public DashboardView build(String slug) {
        Workstream workstream = workstreams.find(slug);
        Optional<Workplan> plan = workplans.current(workstream, config.today());
        return new DashboardView(workstream.slug, workstream.name, workstream.chairRole,
                plan.map(found -> new DashboardView.Plan(found.id, found.year, found.status, found.signedOffBy,
                        found.signedOffAt)).orElse(null),
                actionSummary(plan), kpiLines(workstream), outcomes(workstream), Instant.now());
    }

    private DashboardView.Actions actionSummary(Optional<Workplan> plan) {
        Map<ActionStatus, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byRag = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (Rag rag : Rag.values()) {
            byRag.put(rag.name(), 0L);
        }
        byRag.put(NOT_RATED, 0L);
        if (plan.isEmpty()) {
            return new DashboardView.Actions(0, byStatus, byRag, List.of());
        }
        byStatus.putAll(actions.countByStatus(plan.get()));
        actions.countByRag(plan.get()).forEach((rag, count) -> byRag.put(rag == null ? NOT_RATED : rag.name(), count));
        LocalDate today = config.today();
        List<ActionView> overdue = actions.search(new ActionFilter(null, plan.get(), null, null, null, true, today,
                null, null, null, null)).list().stream().map(action -> ActionView.of(action, today)).toList();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new DashboardView.Actions(total, byStatus, byRag, overdue);
    }

    private List<DashboardView.KpiLine> kpiLines(Workstream workstream) {
        List<Kpi> all = kpis.search(workstream, null).list();
        Map<Long, KpiPeriodStatus> latest = kpiService.latest(all);
        return all.stream().map(kpi -> new DashboardView.KpiLine(kpi.id, kpi.name, kpi.unit, kpi.direction,
                latest.containsKey(kpi.id) ? KpiValueView.of(kpi, latest.get(kpi.id)) : null, latestReach(kpi)))
                .toList();
    }

    private ReachView.Period latestReach(Kpi kpi) {
        List<ReachView.Period> periods = KpiReach.of(kpi, kpis.actuals(kpi)).periods();
        return periods.isEmpty() ? null : periods.get(periods.size() - 1);
    }

    private DashboardView.Outcomes outcomes(Workstream workstream) {
        String area = config.homeArea();
        Optional<LogicModel> model = models.current(workstream).or(() -> models.latest(workstream));
        Integer version = model.map(found -> found.versionNumber).orElse(null);
        List<LogicModelContent.Outcome> outcomes = model.map(found -> found.content.outcomes()).orElse(List.of());
        if (outcomes.stream().allMatch(outcome -> outcome.indicatorIds().isEmpty())) {
            return new DashboardView.Outcomes(true, "The workstream's logic model names no outcome indicators", area,
                    version, List.of());
        }
        Scorecard scorecard;
        try {
            scorecard = indicators.scorecard(area);
        } catch (RuntimeException e) {
            LOG.warnf("Dashboard of %s without outcome values: %s", workstream.slug, e.toString());
            return new DashboardView.Outcomes(false, "indicators-service did not answer, so the outcome values cannot "
                    + "be shown now", area, version, null);
        }
        List<DashboardView.OutcomeLine> lines = new ArrayList<>();
        for (LogicModelContent.Outcome outcome : outcomes) {
            for (int indicatorId : outcome.indicatorIds()) {
                List<Scorecard.Row> rows = scorecard.rows().filter(row -> row.indicatorId() == indicatorId).toList();
                if (rows.isEmpty()) {
                    lines.add(new DashboardView.OutcomeLine(outcome.statement(), indicatorId, null, null, null, null,
                            null, null, null, null, null, null, "No value for " + area + " in indicators-service"));
                }
                rows.forEach(row -> lines.add(line(outcome.statement(), row)));
            }
        }
        return new DashboardView.Outcomes(true, null, area, version, lines);
    }

    private static DashboardView.OutcomeLine line(String statement, Scorecard.Row row) {
        Optional<Scorecard.Entry> latest = row.latest();
        if (latest.isEmpty()) {
            return new DashboardView.OutcomeLine(statement, row.indicatorId(), row.name(), row.unit(), row.sex(),
                    row.age(), null, null, null, null, null, null, "No value yet");
        }
        Scorecard.Entry entry = latest.get();
        List<DashboardView.Comparison> comparisons = entry.comparisons() == null ? List.of()
                : entry.comparisons().stream().map(comparison -> new DashboardView.Comparison(comparison.areaCode(),
                        comparison.areaName(), comparison.value(), comparison.shownLabel())).toList();
        String trend = entry.trend() == null ? null : entry.trend().shownLabel();
        return new DashboardView.OutcomeLine(statement, row.indicatorId(), row.name(), row.unit(), row.sex(), row.age(),
                entry.period().label(), entry.value(), entry.lowerCi95(), entry.upperCi95(), comparisons, trend,
                entry.valueNote());
    }
}
