package org.healthequity.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Filters;

@ApplicationScoped
public class AchievementRepository implements PanacheRepository<Achievement> {

    public PanacheQuery<Achievement> search(String programme, String year) {
        Filters filters = new Filters().where("lower(programme) = lower(:value)", programme).equal("year", year);
        return find(filters.query(), Sort.by("year").and("id"), filters.parameters());
    }
}
