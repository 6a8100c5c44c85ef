package org.healthequity.evaluation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.mapping.Text;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.security.Caller;
import org.healthequity.evaluation.config.EvaluationConfig;
import org.healthequity.evaluation.mapping.RecommendationRequest;
import org.healthequity.evaluation.mapping.RecommendationView;
import org.healthequity.evaluation.mapping.StatusChangeView;
import org.healthequity.evaluation.mapping.TransitionRequest;
import org.healthequity.evaluation.repository.Recommendation;
import org.healthequity.evaluation.repository.RecommendationFilter;
import org.healthequity.evaluation.repository.RecommendationRepository;
import org.healthequity.evaluation.repository.RecommendationStatus;
import org.healthequity.evaluation.repository.StatusChange;

/**
 * Evaluation recommendations, tracked to done. Content changes with If-Match; the status moves only through
 * transitions, each dated and kept in an append-only history. Owner organisations and workstreams are checked with
 * workstreams-service before anything is written.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final EvaluationService evaluations;
    private final References references;
    private final EvaluationConfig config;

    RecommendationService(RecommendationRepository recommendations, EvaluationService evaluations,
            References references, EvaluationConfig config) {
        this.recommendations = recommendations;
        this.evaluations = evaluations;
        this.references = references;
        this.config = config;
    }

    /** A listing's filter from query parameters; an unknown evaluation is a 400. */
    public RecommendationFilter filter(Integer evaluationId, RecommendationStatus status, String organisation,
            String workstream, Integer principle, Boolean overdue) {
        return new RecommendationFilter(evaluationId == null ? null : evaluations.findOptional(evaluationId)
                .orElseThrow(() -> ApiException.badParameter("evaluation", "No evaluation has the id " + evaluationId)),
                status, Text.trimToNull(organisation), Text.trimToNull(workstream), principle, overdue, config.today());
    }

    public PagedResult<RecommendationView> list(RecommendationFilter filter, PageRequest page) {
        PanacheQuery<Recommendation> query = recommendations.search(filter);
        LocalDate today = config.today();
        return QueryPages.of(query, page, recommendation -> RecommendationView.of(recommendation, today));
    }

    /** Every matching recommendation, for CSV and the annual report. */
    public List<RecommendationView> all(RecommendationFilter filter) {
        LocalDate today = config.today();
        return recommendations.search(filter).list().stream()
                .map(recommendation -> RecommendationView.of(recommendation, today)).toList();
    }

    public Versioned<RecommendationView> get(long id) {
        return versioned(find(id));
    }

    @Transactional(Transactional.TxType.NEVER)
    public Versioned<RecommendationView> create(long evaluationId, RecommendationRequest request) {
        evaluations.find(evaluationId);
        checkReferences(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Recommendation recommendation = new Recommendation();
            recommendation.evaluation = evaluations.find(evaluationId);
            recommendation.status = RecommendationStatus.PROPOSED;
            recommendation.statusDate = config.today();
            apply(recommendation, request);
            recommendations.persistAndFlush(recommendation);
            record(recommendation, null, null);
            return versioned(recommendation);
        });
    }

    @Transactional(Transactional.TxType.NEVER)
    public Versioned<RecommendationView> update(long id, String ifMatch, RecommendationRequest request) {
        EntityTags.requireMatch(ifMatch, find(id).version);
        checkReferences(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Recommendation recommendation = find(id);
            EntityTags.requireMatch(ifMatch, recommendation.version);
            apply(recommendation, request);
            recommendations.flush();
            return versioned(recommendation);
        });
    }

    /** Moves the status one legal step, dated; an illegal move is a 409 naming the moves allowed. */
    @Transactional
    public Versioned<RecommendationView> transition(long id, String ifMatch, TransitionRequest request) {
        Recommendation recommendation = find(id);
        if (ifMatch != null) {
            EntityTags.requireMatch(ifMatch, recommendation.version);
        }
        RecommendationStatus from = recommendation.status;
        RecommendationStatus to = request.status();
        if (!from.next().contains(to)) {
            throw ApiException.conflict("A " + from + " recommendation cannot become " + to + "; "
                    + (from.isFinal() ? "it is final" : "it can become " + from.next()));
        }
        String reason = Text.trimToNull(request.reason());
        if (to == RecommendationStatus.NOT_TAKEN_FORWARD && reason == null) {
            throw ApiException.invalidField("reason", "required", "Say why the recommendation is not taken forward");
        }
        LocalDate today = config.today();
        LocalDate date = request.date() == null ? today : request.date();
        if (date.isAfter(today)) {
            throw ApiException.invalidField("date", "in_future", "A status cannot take effect in the future ("
                    + date + " is after " + today + ")");
        }
        if (date.isBefore(recommendation.statusDate)) {
            throw ApiException.invalidField("date", "before_last_change", "The current status took effect on "
                    + recommendation.statusDate + "; a later one cannot take effect before that");
        }
        recommendation.status = to;
        recommendation.statusReason = reason;
        recommendation.statusDate = date;
        recommendations.flush();
        record(recommendation, from, reason);
        return versioned(recommendation);
    }

    public List<StatusChangeView> history(long id) {
        return recommendations.history(find(id).id).stream().map(StatusChangeView::of).toList();
    }

    public Recommendation find(long id) {
        return recommendations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Recommendation", id));
    }

    private void checkReferences(RecommendationRequest request) {
        references.check(List.of(References.organisation("ownerOrganisation", request.ownerOrganisation()),
                References.workstream("workstream", request.workstream())));
    }

    private void record(Recommendation recommendation, RecommendationStatus from, String reason) {
        StatusChange change = new StatusChange();
        change.recommendationId = recommendation.id;
        change.from = from;
        change.to = recommendation.status;
        change.reason = reason;
        change.effectiveDate = recommendation.statusDate;
        change.changedBy = Caller.currentName();
        change.changedAt = Instant.now();
        recommendations.record(change);
    }

    private static void apply(Recommendation recommendation, RecommendationRequest request) {
        recommendation.text = request.text().trim();
        recommendation.ownerOrganisation = Text.trimToNull(request.ownerOrganisation());
        recommendation.dueDate = request.dueDate();
        recommendation.principle = request.principle();
        recommendation.workstream = Text.trimToNull(request.workstream());
    }

    private Versioned<RecommendationView> versioned(Recommendation recommendation) {
        return new Versioned<>(RecommendationView.of(recommendation, config.today()), recommendation.version);
    }
}
