package org.healthequity.workstreams.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ActionRepository implements PanacheRepository<WorkplanAction> {

    private final EntityManager entityManager;

    ActionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Actions matching the filter, in a stable order: by workstream, plan year, then id. */
    public PanacheQuery<WorkplanAction> search(ActionFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.workstream() != null) {
            where.add("workplan.workstream = :workstream");
            parameters.put("workstream", filter.workstream());
        }
        if (filter.workplan() != null) {
            where.add("workplan = :workplan");
            parameters.put("workplan", filter.workplan());
        }
        if (filter.owner() != null) {
            where.add("owner = :owner");
            parameters.put("owner", filter.owner());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.rag() != null) {
            where.add("rag = :rag");
            parameters.put("rag", filter.rag());
        }
        if (filter.overdue() != null) {
            String overdue = "(dueDate < :today and status not in (:finished))";
            where.add(filter.overdue() ? overdue : "(dueDate is null or not " + overdue + ")");
            parameters.put("today", filter.today());
            parameters.put("finished", List.of(ActionStatus.COMPLETED, ActionStatus.CANCELLED));
        }
        if (filter.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            parameters.put("updatedSince", filter.updatedSince());
        }
        if (filter.answersRecommendation() != null) {
            where.add(":answers member of answersRecommendations");
            parameters.put("answers", filter.answersRecommendation());
        }
        if (filter.activity() != null) {
            where.add("activity = :activity");
            parameters.put("activity", filter.activity());
        }
        if (filter.answering() != null) {
            where.add(filter.answering() ? "answersRecommendations is not empty" : "answersRecommendations is empty");
        }
        Sort order = Sort.by("workplan.workstream.slug").and("workplan.periodStart").and("id");
        return find(String.join(" and ", where), order, parameters);
    }

    public Map<ActionStatus, Long> countByStatus(Workplan workplan) {
        Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status, 0L);
        }
        entityManager.createQuery(
                "select status, count(a) from WorkplanAction a where workplan = :plan group by status",
                Object[].class).setParameter("plan", workplan).getResultList()
                .forEach(row -> counts.put((ActionStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Counts per RAG; the key null counts the actions not yet rated. */
    public Map<Rag, Long> countByRag(Workplan workplan) {
        Map<Rag, Long> counts = new HashMap<>();
        entityManager.createQuery("select rag, count(a) from WorkplanAction a where workplan = :plan group by rag",
                Object[].class).setParameter("plan", workplan).getResultList()
                .forEach(row -> counts.put((Rag) row[0], (Long) row[1]));
        return counts;
    }

    /** The date of each action's most recent update, for listings. */
    public Map<Long, LocalDate> lastUpdateDates(List<Long> actionIds) {
        Map<Long, LocalDate> dates = new HashMap<>();
        if (actionIds.isEmpty()) {
            return dates;
        }
        entityManager.createQuery(
                "select actionId, max(date) from ActionUpdate where actionId in :ids group by actionId",
                Object[].class).setParameter("ids", actionIds).getResultList()
                .forEach(row -> dates.put((Long) row[0], (LocalDate) row[1]));
        return dates;
    }
}
