package org.healthequity.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Filters;

@ApplicationScoped
public class ImpactRepository implements PanacheRepository<Impact> {

    public PanacheQuery<Impact> search(ImpactMode mode, String year) {
        Filters filters = new Filters().equal("mode", mode).equal("year", year);
        return find(filters.query(), Sort.by("year").and("mode").and("id"), filters.parameters());
    }
}
