package org.healthequity.evaluation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.period.YearType;
import org.healthequity.common.problem.ApiException;
import org.healthequity.conventions.ProblemType;
import org.healthequity.evaluation.client.IndicatorsClient;
import org.healthequity.evaluation.client.WorkstreamsClient;
import org.healthequity.evaluation.client.WorkstreamsData;
import org.healthequity.evaluation.config.EvaluationConfig;
import org.healthequity.evaluation.mapping.AchievementView;
import org.healthequity.evaluation.mapping.AnnualReport;
import org.healthequity.evaluation.mapping.ComparisonCategory;
import org.healthequity.evaluation.mapping.FindingView;
import org.healthequity.evaluation.mapping.ImpactView;
import org.healthequity.evaluation.mapping.RecommendationView;
import org.healthequity.evaluation.repository.Evaluation;
import org.healthequity.evaluation.repository.EvaluationRepository;
import org.healthequity.evaluation.repository.FindingRepository;
import org.healthequity.evaluation.repository.ImpactMode;
import org.healthequity.evaluation.repository.RecommendationFilter;
import org.healthequity.evaluation.repository.RecommendationStatus;
import org.healthequity.indicators.client.Scorecard;

/**
 * Composes the annual progress report at request time. Each other service is asked once per section, through its
 * guarded client with the caller's token; a source that cannot answer leaves its section marked unavailable, and the
 * report is still served.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnnualReportService {

    private static final Logger LOG = Logger.getLogger(AnnualReportService.class);
    /** The financial years a report can be asked for: those the period parser reads. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2198;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    static final String INDICATORS = "indicators-service";
    static final String WORKSTREAMS = "workstreams-service";

    private final IndicatorsClient indicators;
    private final WorkstreamsClient workstreams;
    private final EvaluationRepository evaluations;
    private final FindingRepository findings;
    private final RecommendationService recommendations;
    private final ImpactService impacts;
    private final AchievementService achievements;
    private final NextStepService nextSteps;
    private final EvaluationConfig config;
    private final TimelineService timeline;

    AnnualReportService(IndicatorsClient indicators, WorkstreamsClient workstreams, EvaluationRepository evaluations,
            FindingRepository findings, RecommendationService recommendations, ImpactService impacts,
            AchievementService achievements, NextStepService nextSteps, TimelineService timeline,
            EvaluationConfig config) {
        this.timeline = timeline;
        this.indicators = indicators;
        this.workstreams = workstreams;
        this.evaluations = evaluations;
        this.findings = findings;
        this.recommendations = recommendations;
        this.impacts = impacts;
        this.achievements = achievements;
        this.nextSteps = nextSteps;
        this.config = config;
    }

    /** The report for a financial year written {@code 2023-24} or {@code 2023} (for 2023/24). */
    public AnnualReport compose(String yearParameter) {
        ParsedPeriod year = financialYear(yearParameter);
        String area = config.homeArea();
        Optional<Scorecard> scorecard = scorecard(area);
        AnnualReport.OutcomesSection outcomes = scorecard
                .map(found -> new AnnualReport.OutcomesSection(true, INDICATORS, null, outcomes(found)))
                .orElseGet(() -> new AnnualReport.OutcomesSection(false, INDICATORS, "indicators-service did not "
                        + "answer, so the outcome indicators cannot be shown now", null));
        String areaName = scorecard.map(found -> found.area() == null ? null : found.area().name()).orElse(null);
        return new AnnualReport("Annual progress report " + year.label(), year.label(), year.start(), year.end(), area,
                areaName, Instant.now(), outcomes, workstreamsSection(), evaluations(year.label()),
                recommendationSummary(), impactsByMode(year.label()), achievementsByProgramme(year.label()),
                nextSteps.ofYear(year.label()), timeline.until(year.end()));
    }

    static ParsedPeriod financialYear(String parameter) {
        Matcher matcher = YEAR.matcher(parameter == null ? "" : parameter.trim());
        if (!matcher.matches()) {
            throw ApiException.badParameter("year", "The year is a financial year written 2023-24, or 2023 for "
                    + "2023/24; not '" + parameter + "'");
        }
        int start = Integer.parseInt(matcher.group(1));
        if (start < FIRST_YEAR || start > LAST_YEAR) {
            throw ApiException.badParameter("year", "The year must start between " + FIRST_YEAR + " and "
                    + LAST_YEAR + "; not '" + parameter + "'");
        }
        // A year that has not begun has no report yet; one that has is reported, even if little happened in it.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        if (start > current) {
            throw new ApiException(ProblemType.NOT_FOUND, "There is no report for " + start + "-"
                    + String.format("%02d", (start + 1) % 100) + " yet: the financial year starts on 1 April "
                    + start);
        }
        String end = String.format("%02d", (start + 1) % 100);
        if (matcher.group(2) != null && !matcher.group(2).equals(end)) {
            throw ApiException.badParameter("year", "'" + parameter + "' is not one financial year; did you mean "
                    + start + "-" + end + "?");
        }
        return PeriodParser.parse(start + "/" + end, YearType.FINANCIAL);
    }

    Optional<Scorecard> scorecard(String area) {
        try {
            return Optional.of(indicators.scorecard(area));
        } catch (RuntimeException e) {
            LOG.warnf("Annual report without outcome indicators: %s", e.toString());
            return Optional.empty();
        }
    }

    static AnnualReport.Outcomes outcomes(Scorecard scorecard) {
        List<String> comparators = scorecard.comparators() == null ? List.of()
                : scorecard.comparators().stream().map(Scorecard.Area::name).toList();
        List<AnnualReport.OutcomePrinciple> principles = new ArrayList<>();
        for (Scorecard.Principle principle : scorecard.principles() == null ? List.<Scorecard.Principle>of()
                : scorecard.principles()) {
            List<AnnualReport.OutcomeRow> rows = principle.indicators() == null ? List.of()
                    : principle.indicators().stream().map(AnnualReportService::outcomeRow).toList();
            principles.add(new AnnualReport.OutcomePrinciple(principle.id(), principle.title(), rows));
        }
        return new AnnualReport.Outcomes(comparators, principles);
    }

    private static AnnualReport.OutcomeRow outcomeRow(Scorecard.Row row) {
        Optional<Scorecard.Entry> latest = row.latest();
        if (latest.isEmpty()) {
            return new AnnualReport.OutcomeRow(row.indicatorId(), row.name(), row.unit(), row.sex(), row.age(), null,
                    null, null, null, List.of(), null);
        }
        Scorecard.Entry entry = latest.get();
        List<AnnualReport.ComparisonCell> comparisons = entry.comparisons() == null ? List.of()
                : entry.comparisons().stream().map(comparison -> new AnnualReport.ComparisonCell(
                        comparison.areaCode(), comparison.areaName(), comparison.value(), comparison.shownOutcome(),
                        comparison.shownLabel(), ComparisonCategory.of(comparison.shownOutcome()))).toList();
        String trend = entry.trend() == null ? null : entry.trend().shownLabel();
        return new AnnualReport.OutcomeRow(row.indicatorId(), row.name(), row.unit(), row.sex(), row.age(),
                entry.period().label(), entry.value(), entry.lowerCi95(), entry.upperCi95(), comparisons, trend);
    }

    AnnualReport.WorkstreamsSection workstreamsSection() {
        List<WorkstreamsData.Workstream> all;
        try {
            all = workstreams.workstreams();
        } catch (RuntimeException e) {
            LOG.warnf("Annual report without workstreams: %s", e.toString());
            return new AnnualReport.WorkstreamsSection(false, WORKSTREAMS, "workstreams-service did not answer, so "
                    + "the workstreams' progress cannot be shown now", null);
        }
        return new AnnualReport.WorkstreamsSection(true, WORKSTREAMS, null,
                all.stream().map(this::workstreamSummary).toList());
    }

    private AnnualReport.WorkstreamSummary workstreamSummary(WorkstreamsData.Workstream workstream) {
        WorkstreamsData.Dashboard dashboard;
        try {
            dashboard = workstreams.dashboard(workstream.slug());
        } catch (RuntimeException e) {
            LOG.warnf("Annual report without the dashboard of %s: %s", workstream.slug(), e.toString());
            return new AnnualReport.WorkstreamSummary(workstream.slug(), workstream.name(), workstream.chairRole(),
                    workstream.principles(), false, "Its dashboard could not be read from workstreams-service", null,
                    null, null, null, null, null, null);
        }
        List<AnnualReport.KpiLine> kpis = dashboard.kpis() == null ? List.of() : dashboard.kpis().stream()
                .map(kpi -> kpi.latest() == null ? new AnnualReport.KpiLine(kpi.id(), kpi.name(), kpi.unit(), null,
                        null, null, "NO_DATA", null)
                        : new AnnualReport.KpiLine(kpi.id(), kpi.name(), kpi.unit(), kpi.latest().period(),
                                kpi.latest().target(), kpi.latest().actual(), kpi.latest().rag(),
                                kpi.latest().ruleVersion()))
                .toList();
        WorkstreamsData.Outcomes outcomes = dashboard.outcomes();
        List<AnnualReport.OutcomeIndicator> outcomeIndicators = outcomes == null || !outcomes.available()
                || outcomes.indicators() == null || outcomes.indicators().isEmpty() ? null
                : outcomes.indicators().stream().map(line -> new AnnualReport.OutcomeIndicator(line.statement(),
                        line.indicatorId(), line.name())).toList();
        WorkstreamsData.Actions actions = dashboard.actions();
        return new AnnualReport.WorkstreamSummary(workstream.slug(), workstream.name(), workstream.chairRole(),
                workstream.principles(), true, null, dashboard.workplan() == null ? null : dashboard.workplan().year(),
                dashboard.workplan() == null ? null : dashboard.workplan().status(),
                actions == null ? Map.of() : actions.byStatus(), actions == null ? Map.of() : actions.byRag(),
                actions == null || actions.overdue() == null ? 0L : (long) actions.overdue().size(), kpis,
                outcomeIndicators);
    }

    private List<AnnualReport.EvaluationSummary> evaluations(String year) {
        List<AnnualReport.EvaluationSummary> summaries = new ArrayList<>();
        for (Evaluation evaluation : evaluations.list("period", year)) {
            List<FindingView> found = findings.search(evaluation, null).list().stream().map(FindingView::of).toList();
            summaries.add(new AnnualReport.EvaluationSummary(evaluation.id, evaluation.title, evaluation.period,
                    evaluation.status, List.copyOf(evaluation.aims), found));
        }
        return summaries;
    }

    AnnualReport.Recommendations recommendationSummary() {
        List<RecommendationView> all = recommendations.all(new RecommendationFilter(null, null, null, null, null, null,
                null));
        Map<RecommendationStatus, Long> byStatus = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            byStatus.put(status, all.stream().filter(item -> item.status() == status).count());
        }
        return new AnnualReport.Recommendations(all.size(), byStatus, all);
    }

    private Map<ImpactMode, List<ImpactView>> impactsByMode(String year) {
        Map<ImpactMode, List<ImpactView>> byMode = new EnumMap<>(ImpactMode.class);
        for (ImpactMode mode : ImpactMode.values()) {
            byMode.put(mode, new ArrayList<>());
        }
        impacts.ofYear(year).forEach(impact -> byMode.get(impact.mode()).add(impact));
        return byMode;
    }

    private Map<String, List<AchievementView>> achievementsByProgramme(String year) {
        Map<String, List<AchievementView>> byProgramme = new LinkedHashMap<>();
        achievements.ofYear(year).forEach(achievement -> byProgramme
                .computeIfAbsent(achievement.programme(), programme -> new ArrayList<>()).add(achievement));
        return byProgramme;
    }
}
