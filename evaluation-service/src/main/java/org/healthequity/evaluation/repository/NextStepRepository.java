package org.healthequity.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Filters;

@ApplicationScoped
public class NextStepRepository implements PanacheRepository<NextStep> {

    public PanacheQuery<NextStep> search(String year, Boolean done) {
        Filters filters = new Filters().equal("year", year).equal("done", done);
        return find(filters.query(), Sort.by("year").and("id"), filters.parameters());
    }
}
