package org.healthequity.workstreams.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WorkplanRepository implements PanacheRepository<Workplan> {

    private final EntityManager entityManager;

    WorkplanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public PanacheQuery<Workplan> ofWorkstream(Workstream workstream, WorkplanStatus status) {
        Sort newestFirst = Sort.descending("periodStart");
        return status == null ? find("workstream", newestFirst, workstream)
                : find("workstream = ?1 and status = ?2", newestFirst, workstream, status);
    }

    public Optional<Workplan> findByYear(Workstream workstream, String year) {
        return find("workstream = ?1 and year = ?2", workstream, year).firstResultOptional();
    }

    /**
     * The plan a dashboard shows: the one for the year that contains today; else the latest that has begun; else the
     * first still to come.
     */
    public Optional<Workplan> current(Workstream workstream, LocalDate today) {
        List<Workplan> plans = list("workstream", Sort.ascending("periodStart"), workstream);
        Optional<Workplan> begun = plans.stream().filter(plan -> !plan.periodStart.isAfter(today))
                .reduce((earlier, later) -> later);
        return begun.isPresent() ? begun : plans.stream().findFirst();
    }

    public List<WorkplanTransition> transitions(long workplanId) {
        return entityManager.createQuery("from WorkplanTransition where workplanId = :id order by id",
                WorkplanTransition.class).setParameter("id", workplanId).getResultList();
    }

    public void record(WorkplanTransition transition) {
        entityManager.persist(transition);
    }
}
