package org.healthequity.evaluation.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Filters;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepository<Recommendation> {

    private static final String OVERDUE = "(dueDate < :value and status not in (:finals))";

    public PanacheQuery<Recommendation> search(RecommendationFilter filter) {
        Filters filters = new Filters()
                .equal("evaluation", filter.evaluation())
                .equal("status", filter.status())
                .equal("ownerOrganisation", filter.ownerOrganisation())
                .equal("workstream", filter.workstream())
                .equal("principle", filter.principle())
                .where(Boolean.TRUE.equals(filter.overdue()) ? OVERDUE : "(dueDate is null or not " + OVERDUE + ")",
                        filter.overdue() == null ? null : filter.today());
        if (filter.overdue() != null) {
            filters.parameters().put("finals", List.of(RecommendationStatus.IMPLEMENTED,
                    RecommendationStatus.NOT_TAKEN_FORWARD));
        }
        return find(filters.query(), Sort.by("evaluation.id").and("id"), filters.parameters());
    }

    public List<StatusChange> history(long recommendationId) {
        return getEntityManager().createQuery("from StatusChange where recommendationId = :id order by id",
                StatusChange.class).setParameter("id", recommendationId).getResultList();
    }

    public void record(StatusChange change) {
        getEntityManager().persist(change);
    }
}
