package org.healthequity.evaluation.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.healthequity.common.http.ContentTags;
import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.security.Caller;
import org.healthequity.evaluation.mapping.AnnualReport;
import org.healthequity.evaluation.mapping.EditionView;
import org.healthequity.evaluation.mapping.RecommendationView;
import org.healthequity.evaluation.mapping.ReportDiff;
import org.healthequity.evaluation.repository.ReportEdition;
import org.healthequity.evaluation.repository.ReportEditionRepository;

/**
 * Published editions of the annual report. Publishing composes the report as it stands, with the other services'
 * sections, and keeps it frozen with where each part came from; the microsite and newsletter read editions, which
 * never change, rather than the live report, which does. An edition identical to the latest one is refused (409).
 */
@ApplicationScoped
public class ReportEditionService {

    private final AnnualReportService reports;
    private final ReportEditionRepository editions;
    private final ContentTags contentTags;
    private final ObjectMapper json;

    ReportEditionService(AnnualReportService reports, ReportEditionRepository editions, ContentTags contentTags,
            ObjectMapper json) {
        this.reports = reports;
        this.editions = editions;
        this.contentTags = contentTags;
        this.json = json;
    }

    @Transactional
    public EditionView publish(String yearParameter) {
        ParsedPeriod year = AnnualReportService.financialYear(yearParameter);
        // Publications of one year take turns, so that two at once cannot take the same number.
        editions.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('report_edition:' || ?1))")
                .setParameter(1, year.label()).getSingleResult();
        AnnualReport report = reports.compose(yearParameter);
        String digest = contentTags.sha256(report.undated());
        ReportEdition latest = editions.latest(year.label()).orElse(null);
        if (latest != null && latest.digest.equals(digest)) {
            throw ApiException.conflict("Edition " + latest.number + " of " + year.label() + " already says exactly "
                    + "this; publish again when something in the report has changed");
        }
        ReportEdition edition = new ReportEdition();
        edition.year = year.label();
        edition.number = latest == null ? 1 : latest.number + 1;
        edition.publishedAt = Instant.now();
        edition.publishedBy = Caller.currentName();
        edition.report = write(report);
        edition.sources = write(sources(report));
        edition.digest = digest;
        editions.persist(edition);
        return view(edition, true);
    }

    public List<EditionView> list(String yearParameter) {
        ParsedPeriod year = AnnualReportService.financialYear(yearParameter);
        return editions.ofYear(year.label()).stream().map(edition -> view(edition, false)).toList();
    }

    public EditionView get(String yearParameter, int number) {
        return view(find(yearParameter, number), true);
    }

    private ReportEdition find(String yearParameter, int number) {
        ParsedPeriod year = AnnualReportService.financialYear(yearParameter);
        return editions.find(year.label(), number).orElseThrow(() -> ApiException.notFound("Edition",
                year.label() + " #" + number));
    }

    public EditionView latest(String yearParameter) {
        return view(latestOf(yearParameter), true);
    }

    /** Published editions are frozen: any change is a conflict (the table refuses it too). */
    public void refuseChange(String yearParameter, int number) {
        ReportEdition edition = find(yearParameter, number);
        throw ApiException.conflict("Edition " + edition.number + " of " + edition.year + " was published on "
                + edition.publishedAt + " and never changes; publish a new edition instead");
    }

    /** What moved from the latest edition of {@code fromYear} to the latest of {@code year}. */
    public ReportDiff diff(String yearParameter, String fromYearParameter) {
        if (fromYearParameter == null || fromYearParameter.isBlank()) {
            throw ApiException.badParameter("from", "Name the year to compare with: from=2022-23");
        }
        EditionView to = view(latestOf(yearParameter), true);
        EditionView from;
        try {
            from = view(latestOf(fromYearParameter), true);
        } catch (ApiException e) {
            throw ApiException.badParameter("from", e.getMessage());
        }
        return new ReportDiff(from.withoutReport(), to.withoutReport(), categoryChanges(from.report(), to.report()),
                recommendationMoves(from.report(), to.report()), actionsCompleted(from.report(), to.report()),
                newKpis(from.report(), to.report()));
    }

    private ReportEdition latestOf(String yearParameter) {
        ParsedPeriod year = AnnualReportService.financialYear(yearParameter);
        return editions.latest(year.label()).orElseThrow(() -> ApiException.notFound("Published edition of the "
                + "annual report", year.label()));
    }

    private List<EditionView.Source> sources(AnnualReport report) {
        Number version = (Number) editions.getEntityManager().createNativeQuery("SELECT version FROM data_version")
                .getSingleResult();
        return List.of(
                new EditionView.Source("evaluation-service", "evaluations, recommendations, impacts, achievements, "
                        + "next steps", true, version.longValue(), null),
                new EditionView.Source(AnnualReportService.INDICATORS, "outcomes", report.outcomes().available(),
                        null, report.outcomes().available() ? contentTags.sha256(report.outcomes()) : null),
                new EditionView.Source(AnnualReportService.WORKSTREAMS, "workstreams",
                        report.workstreams().available(), null, report.workstreams().available()
                                ? contentTags.sha256(report.workstreams()) : null));
    }

    private static List<ReportDiff.CategoryChange> categoryChanges(AnnualReport from, AnnualReport to) {
        Map<String, AnnualReport.OutcomeRow> before = new HashMap<>();
        Map<String, AnnualReport.ComparisonCell> beforeCells = new HashMap<>();
        outcomeRows(from).forEach(row -> row.comparisons().forEach(cell -> {
            String key = row.indicatorId() + "|" + row.sex() + "|" + row.age() + "|" + cell.areaCode();
            before.put(key, row);
            beforeCells.put(key, cell);
        }));
        List<ReportDiff.CategoryChange> changes = new ArrayList<>();
        outcomeRows(to).forEach(row -> row.comparisons().forEach(cell -> {
            String key = row.indicatorId() + "|" + row.sex() + "|" + row.age() + "|" + cell.areaCode();
            AnnualReport.ComparisonCell earlier = beforeCells.get(key);
            if (earlier != null && earlier.category() != cell.category()) {
                changes.add(new ReportDiff.CategoryChange(row.indicatorId(), row.name(), cell.areaName(),
                        earlier.category(), cell.category(), before.get(key).period(), row.period()));
            }
        }));
        return changes;
    }

    private static List<AnnualReport.OutcomeRow> outcomeRows(AnnualReport report) {
        if (report.outcomes() == null || !report.outcomes().available() || report.outcomes().content() == null) {
            return List.of();
        }
        return report.outcomes().content().principles().stream()
                .flatMap(principle -> principle.indicators().stream())
                .filter(row -> row.comparisons() != null).toList();
    }

    private static List<ReportDiff.RecommendationMove> recommendationMoves(AnnualReport from, AnnualReport to) {
        Map<Long, RecommendationView> before = new HashMap<>();
        from.recommendations().items().forEach(item -> before.put(item.id(), item));
        List<ReportDiff.RecommendationMove> moves = new ArrayList<>();
        for (RecommendationView item : to.recommendations().items()) {
            RecommendationView earlier = before.get(item.id());
            if (earlier != null && earlier.status() != item.status()) {
                moves.add(new ReportDiff.RecommendationMove(item.id(), item.text(), earlier.status(), item.status()));
            }
        }
        return moves;
    }

    private static List<ReportDiff.ActionsCompleted> actionsCompleted(AnnualReport from, AnnualReport to) {
        Map<String, Long> before = new HashMap<>();
        workstreams(from).forEach(summary -> before.put(summary.slug(), completed(summary)));
        List<ReportDiff.ActionsCompleted> completed = new ArrayList<>();
        for (AnnualReport.WorkstreamSummary summary : workstreams(to)) {
            long earlier = before.getOrDefault(summary.slug(), 0L);
            long now = completed(summary);
            completed.add(new ReportDiff.ActionsCompleted(summary.slug(), earlier, now, Math.max(0, now - earlier)));
        }
        return completed;
    }

    private static long completed(AnnualReport.WorkstreamSummary summary) {
        return summary.actionsByStatus() == null ? 0 : summary.actionsByStatus().getOrDefault("COMPLETED", 0L);
    }

    private static List<ReportDiff.NewKpi> newKpis(AnnualReport from, AnnualReport to) {
        Set<String> before = new HashSet<>();
        workstreams(from).forEach(summary -> kpis(summary).forEach(kpi -> before.add(summary.slug() + "|" + kpi)));
        List<ReportDiff.NewKpi> added = new ArrayList<>();
        for (AnnualReport.WorkstreamSummary summary : workstreams(to)) {
            kpis(summary).stream().distinct().filter(kpi -> !before.contains(summary.slug() + "|" + kpi))
                    .forEach(kpi -> added.add(new ReportDiff.NewKpi(summary.slug(), kpi)));
        }
        return added;
    }

    private static List<String> kpis(AnnualReport.WorkstreamSummary summary) {
        return summary.kpis() == null ? List.of() : summary.kpis().stream().map(AnnualReport.KpiLine::name).toList();
    }

    private static List<AnnualReport.WorkstreamSummary> workstreams(AnnualReport report) {
        return report.workstreams() == null || !report.workstreams().available()
                || report.workstreams().content() == null ? List.of() : report.workstreams().content();
    }

    private EditionView view(ReportEdition edition, boolean withReport) {
        try {
            List<EditionView.Source> sources = json.readValue(edition.sources,
                    new TypeReference<List<EditionView.Source>>() {
                    });
            AnnualReport report = withReport ? json.readValue(edition.report, AnnualReport.class) : null;
            return new EditionView(edition.year, edition.number, edition.publishedAt, edition.publishedBy,
                    edition.digest, sources, "/api/v1/reports/annual/" + edition.year.replace('/', '-')
                            + "/editions/" + edition.number, report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored edition cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
