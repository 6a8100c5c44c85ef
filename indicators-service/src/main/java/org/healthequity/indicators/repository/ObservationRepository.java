package org.healthequity.indicators.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /** The filters of {@code GET /api/v1/observations}; empty lists and nulls mean "any". */
    public record Filter(List<Integer> indicators, List<String> areas, List<String> periods, String sex, String age,
            String categoryType, String category, Instant updatedSince, ObservationStatus status) {
    }

    public PanacheQuery<Observation> search(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        in(where, parameters, "indicatorId", "indicators", filter.indicators());
        in(where, parameters, "areaCode", "areas", filter.areas());
        in(where, parameters, "period.label", "periods", filter.periods());
        equal(where, parameters, "sex", filter.sex());
        equal(where, parameters, "age", filter.age());
        equal(where, parameters, "categoryType", filter.categoryType());
        equal(where, parameters, "category", filter.category());
        if (filter.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            parameters.put("updatedSince", filter.updatedSince());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.put("status", filter.status());
        }
        return find(String.join(" and ", where), Sort.by("id"), parameters);
    }

    /** Every observation of the areas without an inequality breakdown, for the given indicators (all if empty). */
    public List<Observation> forAreas(Collection<String> areaCodes, Collection<Integer> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return list("areaCode in ?1 and categoryType = ''", Sort.by("indicatorId").and("period.sortKey"),
                    areaCodes);
        }
        return list("areaCode in ?1 and indicatorId in ?2 and categoryType = ''",
                Sort.by("indicatorId").and("period.sortKey"), areaCodes, indicatorIds);
    }

    public long countForIndicator(int indicatorId) {
        return count("indicatorId", indicatorId);
    }

    private static void in(List<String> where, Map<String, Object> parameters, String field, String name,
            List<?> values) {
        if (values != null && !values.isEmpty()) {
            where.add(field + " in :" + name);
            parameters.put(name, values);
        }
    }

    private static void equal(List<String> where, Map<String, Object> parameters, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field.replace('.', '_'));
            parameters.put(field.replace('.', '_'), value);
        }
    }
}
