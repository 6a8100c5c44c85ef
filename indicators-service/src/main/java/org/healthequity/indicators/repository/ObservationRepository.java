package org.healthequity.indicators.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /**
     * Observations are indexed by their natural key alone, which starts with the indicator. A query by area also
     * names every indicator, so that PostgreSQL probes the key once per indicator (there are hundreds) instead of
     * reading the table: a second index, led by the area, cost a large import more than a third of its time.
     */
    public static final String EVERY_INDICATOR = "indicator_id = ANY (ARRAY(SELECT id FROM indicator))";

    /** The filters of {@code GET /api/v1/observations}; empty lists and nulls mean "any". */
    public record Filter(List<Integer> indicators, List<String> areas, List<String> periods, String sex, String age,
            String categoryType, String category, Instant updatedSince, ObservationStatus status, String parent,
            AreaType areaType, String areaGroup, Short principle, Integer from, Integer to, boolean latest, Sort sort) {

        /** Whether rows are chosen by area: then every indicator is named too (see {@link #EVERY_INDICATOR}). */
        public boolean byArea() {
            return areas != null && !areas.isEmpty() || parent != null || areaType != null || areaGroup != null;
        }
    }

    public PanacheQuery<Observation> search(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        in(where, parameters, "indicatorId", "indicators", filter.indicators());
        if (where.isEmpty() && filter.byArea() && filter.principle() == null) {
            in(where, parameters, "indicatorId", "indicators", everyIndicatorId());
        }
        condition(where, parameters, "indicatorId in (select i.id from Indicator i where i.principleId = :principle)",
                "principle", filter.principle());
        condition(where, parameters, "areaCode in (select a.code from Area a where a.parentCode = :parent)", "parent",
                filter.parent());
        condition(where, parameters, "areaCode in (select a.code from Area a where a.type = :areaType)", "areaType",
                filter.areaType());
        condition(where, parameters, "areaCode in (select m from AreaGroup g join g.memberCodes m where g.id = "
                + ":areaGroup)", "areaGroup", filter.areaGroup());
        condition(where, parameters, "period.sortKey >= :from", "from", filter.from());
        condition(where, parameters, "period.sortKey <= :to", "to", filter.to());
        if (filter.latest()) {
            where.add("period.sortKey = (select max(o2.period.sortKey) from Observation o2 where o2.indicatorId = "
                    + "o.indicatorId and o2.areaCode = o.areaCode and o2.sex = o.sex and o2.age = o.age and "
                    + "o2.categoryType = o.categoryType and o2.category = o.category"
                    + (filter.status() == null ? "" : " and o2.status = :status") + ")");
        }
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
        return find("from Observation o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)),
                filter.sort() == null ? Sort.by("id") : filter.sort(), parameters);
    }

    /** See {@link #EVERY_INDICATOR}: the ids to name when a query by area names no indicator. */
    private List<Integer> everyIndicatorId() {
        List<Integer> ids = getEntityManager().createQuery("select i.id from Indicator i", Integer.class)
                .getResultList();
        // An empty list cannot be bound; no indicator means no observation, and 0 is no indicator's id.
        return ids.isEmpty() ? List.of(0) : ids;
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

    private static void condition(List<String> where, Map<String, Object> parameters, String clause, String name,
            Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    private static void equal(List<String> where, Map<String, Object> parameters, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field.replace('.', '_'));
            parameters.put(field.replace('.', '_'), value);
        }
    }
}
