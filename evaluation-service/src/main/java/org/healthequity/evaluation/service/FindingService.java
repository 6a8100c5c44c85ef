package org.healthequity.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.mapping.Text;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.evaluation.mapping.FindingRequest;
import org.healthequity.evaluation.mapping.FindingView;
import org.healthequity.evaluation.repository.Evaluation;
import org.healthequity.evaluation.repository.Finding;
import org.healthequity.evaluation.repository.FindingKind;
import org.healthequity.evaluation.repository.FindingRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FindingService {

    private final FindingRepository findings;
    private final EvaluationService evaluations;

    FindingService(FindingRepository findings, EvaluationService evaluations) {
        this.findings = findings;
        this.evaluations = evaluations;
    }

    private PagedResult<FindingView> list(Evaluation evaluation, FindingKind kind, PageRequest page) {
        PanacheQuery<Finding> query = findings.search(evaluation, kind);
        return QueryPages.of(query, page, FindingView::of);
    }

    public PagedResult<FindingView> ofEvaluation(long evaluationId, FindingKind kind, PageRequest page) {
        return list(evaluations.find(evaluationId), kind, page);
    }

    /** Findings by the flat filters of a listing; an unknown evaluation is a 400. */
    public PagedResult<FindingView> search(Long evaluationId, FindingKind kind, PageRequest page) {
        Evaluation evaluation = evaluationId == null ? null : evaluations.findOptional(evaluationId).orElseThrow(() ->
                ApiException.badParameter("evaluation", "No evaluation has the id " + evaluationId));
        return list(evaluation, kind, page);
    }

    public Versioned<FindingView> get(long id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<FindingView> create(long evaluationId, FindingRequest request) {
        Finding finding = new Finding();
        finding.evaluation = evaluations.find(evaluationId);
        apply(finding, request);
        findings.persistAndFlush(finding);
        return versioned(finding);
    }

    @Transactional
    public Versioned<FindingView> update(long id, String ifMatch, FindingRequest request) {
        Finding finding = find(id);
        EntityTags.requireMatch(ifMatch, finding.version);
        apply(finding, request);
        findings.flush();
        return versioned(finding);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Finding finding = find(id);
        EntityTags.requireMatch(ifMatch, finding.version);
        findings.delete(finding);
    }

    private static void apply(Finding finding, FindingRequest request) {
        finding.kind = request.kind();
        finding.theme = Text.trimToNull(request.theme());
        finding.statement = request.statement().trim();
        finding.evidence = Text.trimToNull(request.evidence());
    }

    private Finding find(long id) {
        return findings.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Finding", id));
    }

    private static Versioned<FindingView> versioned(Finding finding) {
        return new Versioned<>(FindingView.of(finding), finding.version);
    }
}
