package org.healthequity.workstreams.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.workstreams.mapping.CoverageView;
import org.healthequity.workstreams.mapping.RecommendationRequest;
import org.healthequity.workstreams.mapping.RecommendationView;
import org.healthequity.workstreams.repository.ReportRecommendation;
import org.healthequity.workstreams.repository.ReportRecommendationRepository;
import org.healthequity.workstreams.repository.Workstream;
import org.healthequity.workstreams.repository.WorkstreamRepository;

/** The Marmot report's recommendations, the workstreams they are mapped to, and which ones actions answer. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportRecommendationService {

    private final ReportRecommendationRepository recommendations;
    private final WorkstreamRepository workstreams;

    ReportRecommendationService(ReportRecommendationRepository recommendations, WorkstreamRepository workstreams) {
        this.recommendations = recommendations;
        this.workstreams = workstreams;
    }

    public PagedResult<RecommendationView> list(Integer principle, String workstreamSlug, Boolean answered,
            PageRequest page) {
        PanacheQuery<ReportRecommendation> query = recommendations.search(principle, workstream(workstreamSlug),
                answered);
        return new PagedResult<>(views(query.page(page.number() - 1, page.size()).list()), query.count());
    }

    /** Every matching recommendation, for CSV. */
    public List<RecommendationView> all(Integer principle, String workstreamSlug, Boolean answered) {
        return views(recommendations.search(principle, workstream(workstreamSlug), answered).list());
    }

    public Versioned<RecommendationView> get(String code) {
        return versioned(find(code));
    }

    @Transactional
    public Versioned<RecommendationView> create(RecommendationRequest request) {
        if (recommendations.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("A report recommendation with code '" + request.code() + "' already exists");
        }
        ReportRecommendation recommendation = new ReportRecommendation();
        recommendation.code = request.code();
        apply(recommendation, request);
        recommendations.persistAndFlush(recommendation);
        return versioned(recommendation);
    }

    @Transactional
    public Versioned<RecommendationView> update(String code, String ifMatch, RecommendationRequest request) {
        ReportRecommendation recommendation = find(code);
        EntityTags.requireMatch(ifMatch, recommendation.version);
        if (!code.equals(request.code())) {
            throw ApiException.invalidField("code", "immutable", "The code identifies the recommendation and cannot "
                    + "change (it is '" + code + "')");
        }
        apply(recommendation, request);
        recommendation.updatedAt = Instant.now();
        recommendations.flush();
        return versioned(recommendation);
    }

    public CoverageView coverage() {
        List<CoverageView.PrincipleCoverage> byPrinciple = recommendations.coverageByPrinciple().stream()
                .map(row -> new CoverageView.PrincipleCoverage((int) row[0], row[1], row[2])).toList();
        long total = byPrinciple.stream().mapToLong(CoverageView.PrincipleCoverage::total).sum();
        long answered = byPrinciple.stream().mapToLong(CoverageView.PrincipleCoverage::answered).sum();
        List<RecommendationView> unanswered = views(recommendations.search(null, null, false).list());
        return new CoverageView(total, answered, total - answered, byPrinciple, unanswered);
    }

    private void apply(ReportRecommendation recommendation, RecommendationRequest request) {
        List<ProblemError> errors = new ArrayList<>();
        Set<Workstream> mapped = new LinkedHashSet<>();
        for (int i = 0; i < request.workstreams().size(); i++) {
            String slug = request.workstreams().get(i).trim();
            Workstream workstream = workstreams.findBySlug(slug).orElse(null);
            if (workstream == null) {
                errors.add(ProblemError.field("workstreams[" + i + "]", "unknown_workstream",
                        "No workstream has the slug '" + slug + "'"));
            } else {
                mapped.add(workstream);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).message(), errors);
        }
        recommendation.principle = request.principle();
        recommendation.text = request.text().trim();
        recommendation.workstreams.clear();
        recommendation.workstreams.addAll(mapped);
    }

    private List<RecommendationView> views(List<ReportRecommendation> found) {
        Set<Long> answered = recommendations.answered(found.stream().map(recommendation -> recommendation.id)
                .toList());
        return found.stream().map(recommendation -> RecommendationView.of(recommendation,
                answered.contains(recommendation.id))).toList();
    }

    private Workstream workstream(String slug) {
        return slug == null ? null : workstreams.findBySlug(slug)
                .orElseThrow(() -> ApiException.badParameter("workstream", "No workstream has the slug '" + slug
                + "'"));
    }

    private ReportRecommendation find(String code) {
        return recommendations.findByCode(code)
                .orElseThrow(() -> ApiException.notFound("Report recommendation", code));
    }

    private Versioned<RecommendationView> versioned(ReportRecommendation recommendation) {
        return new Versioned<>(views(List.of(recommendation)).get(0), recommendation.version);
    }
}
