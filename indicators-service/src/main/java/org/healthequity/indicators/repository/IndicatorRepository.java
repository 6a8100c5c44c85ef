package org.healthequity.indicators.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Like;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, Integer> {

    /** Indicators of a principle and/or whose name or definition contains the text, by principle then id. */
    public PanacheQuery<Indicator> search(Integer principle, String text) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (principle != null) {
            where.add("principleId = :principle");
            parameters.put("principle", principle.shortValue());
        }
        if (text != null && !text.isBlank()) {
            where.add("(lower(name) like :text escape '\\' or lower(coalesce(definition, '')) like :text escape '\\')");
            parameters.put("text", Like.containing(text));
        }
        return find(String.join(" and ", where), Sort.by("principleId").and("id"), parameters);
    }

    /**
     * The next free local id (900000 and above). Two creates at once would otherwise both take the same id and one
     * fail with a conflict the caller did nothing to cause, so creators take turns until their transaction ends.
     */
    public int nextLocalId() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('indicator local id'))")
                .getSingleResult();
        Integer highest = getEntityManager()
                .createQuery("select max(id) from Indicator where id >= :first", Integer.class)
                .setParameter("first", Indicator.FIRST_LOCAL_ID)
                .getSingleResult();
        return highest == null ? Indicator.FIRST_LOCAL_ID : highest + 1;
    }
}
