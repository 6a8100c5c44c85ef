package org.healthequity.evaluation.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.evaluation.mapping.EvaluationMapper;
import org.healthequity.evaluation.mapping.EvaluationRequest;
import org.healthequity.evaluation.mapping.EvaluationView;
import org.healthequity.evaluation.repository.Evaluation;
import org.healthequity.evaluation.repository.EvaluationRepository;
import org.healthequity.evaluation.repository.EvaluationStatus;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    private final EvaluationRepository evaluations;

    EvaluationService(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    public PagedResult<EvaluationView> list(EvaluationStatus status, PageRequest page) {
        PanacheQuery<Evaluation> query = evaluations.search(status);
        return QueryPages.of(query, page, EvaluationMapper::toView);
    }

    public Versioned<EvaluationView> get(long id) {
        Evaluation evaluation = find(id);
        return new Versioned<>(EvaluationMapper.toView(evaluation), evaluation.version);
    }

    @Transactional
    public Versioned<EvaluationView> create(EvaluationRequest request) {
        Evaluation evaluation = new Evaluation();
        EvaluationMapper.update(evaluation, request);
        evaluations.persistAndFlush(evaluation);
        return new Versioned<>(EvaluationMapper.toView(evaluation), evaluation.version);
    }

    @Transactional
    public Versioned<EvaluationView> update(long id, String ifMatch, EvaluationRequest request) {
        Evaluation evaluation = find(id);
        EntityTags.requireMatch(ifMatch, evaluation.version);
        EvaluationMapper.update(evaluation, request);
        evaluations.flush();
        return new Versioned<>(EvaluationMapper.toView(evaluation), evaluation.version);
    }

    public Evaluation find(long id) {
        return findOptional(id).orElseThrow(() -> ApiException.notFound("Evaluation", id));
    }

    public Optional<Evaluation> findOptional(long id) {
        return evaluations.findByIdOptional(id);
    }
}
