package org.healthequity.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

    public PanacheQuery<Evaluation> search(EvaluationStatus status) {
        return status == null ? findAll(Sort.by("id")) : find("status", Sort.by("id"), status);
    }
}
