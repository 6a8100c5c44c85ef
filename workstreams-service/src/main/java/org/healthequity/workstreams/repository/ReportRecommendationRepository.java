package org.healthequity.workstreams.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReportRecommendationRepository implements PanacheRepository<ReportRecommendation> {

    /** An action answers a recommendation unless it was cancelled. */
    private static final String ANSWERED = "exists (select 1 from WorkplanAction a where a.recommendation = r "
            + "and a.status <> org.healthequity.workstreams.repository.ActionStatus.CANCELLED)";

    public Optional<ReportRecommendation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<ReportRecommendation> search(Integer principle, Workstream workstream, Boolean answered) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (principle != null) {
            where.add("r.principle = :principle");
            parameters.put("principle", principle);
        }
        if (workstream != null) {
            where.add(":workstream member of r.workstreams");
            parameters.put("workstream", workstream);
        }
        if (answered != null) {
            where.add(answered ? ANSWERED : "not " + ANSWERED);
        }
        String query = "from ReportRecommendation r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, Sort.by("principle").and("code"), parameters);
    }

    /** Of these recommendations, the ids some action answers. */
    public Set<Long> answered(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                "select r.id from ReportRecommendation r where r.id in :ids "
                + "and " + ANSWERED, Long.class).setParameter("ids", ids).getResultList());
    }

    /** Per principle: how many recommendations there are and how many some action answers. */
    public List<long[]> coverageByPrinciple() {
        return getEntityManager().createQuery("select r.principle, count(r), sum(case when " + ANSWERED
                + " then 1 else 0 end) from ReportRecommendation r group by r.principle order by r.principle",
                Object[].class).getResultList().stream()
                .map(row -> new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue() })
                .toList();
    }
}
