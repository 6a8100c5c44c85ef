package org.healthequity.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Filters;

@ApplicationScoped
public class FindingRepository implements PanacheRepository<Finding> {

    public PanacheQuery<Finding> search(Evaluation evaluation, FindingKind kind) {
        Filters filters = new Filters().equal("evaluation", evaluation).equal("kind", kind);
        return find(filters.query(), Sort.by("evaluation.id").and("id"), filters.parameters());
    }
}
