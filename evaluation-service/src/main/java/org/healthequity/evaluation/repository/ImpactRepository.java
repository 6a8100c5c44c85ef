package org.healthequity.evaluation.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Filters;

@ApplicationScoped
public class ImpactRepository implements PanacheRepository<Impact> {

    public List<Impact> ofPrinciple(int principle) {
        return list("select distinct i from Impact i join i.principles p where p = ?1 order by i.year desc, i.id",
                principle);
    }

    public PanacheQuery<Impact> search(ImpactMode mode, String year) {
        Filters filters = new Filters().equal("mode", mode).equal("year", year);
        return find(filters.query(), Sort.by("year").and("mode").and("id"), filters.parameters());
    }
}
