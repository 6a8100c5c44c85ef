package org.healthequity.indicators.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    public PanacheQuery<Area> search(AreaType type, String parentCode) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (type != null) {
            where.add("type = :type");
            parameters.put("type", type);
        }
        if (parentCode != null && !parentCode.isBlank()) {
            where.add("parentCode = :parent");
            parameters.put("parent", parentCode.trim());
        }
        return find(String.join(" and ", where), Sort.by("type").and("name"), parameters);
    }

    public List<Area> children(String parentCode) {
        return list("parentCode", Sort.by("name"), parentCode);
    }
}
