package org.healthequity.workstreams.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.persistence.Like;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    public Optional<Organisation> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Organisations of a type and/or whose name, short name or slug contains the text, by name. */
    public PanacheQuery<Organisation> search(OrganisationType type, String text) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (type != null) {
            where.add("type = :type");
            parameters.put("type", type);
        }
        if (text != null && !text.isBlank()) {
            where.add("(lower(name) like :text escape '\\' or lower(shortName) like :text escape '\\'"
                    + " or slug like :text escape '\\')");
            parameters.put("text", Like.containing(text));
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.by("name"), parameters);
    }
}
