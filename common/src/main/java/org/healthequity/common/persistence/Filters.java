package org.healthequity.common.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a listing built from optional filters: a filter whose value is null narrows nothing, so a
 * listing's query parameters map straight onto it.
 */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code property = :name}, when the value is given. */
    public Filters equal(String property, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            clauses.add(property + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** A clause that names one parameter as {@code :value}, when the value is given. */
    public Filters where(String clause, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            clauses.add(clause.replace(":value", ":" + name));
            parameters.put(name, value);
        }
        return this;
    }

    /** A clause without parameters, when the condition holds. */
    public Filters whereIf(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    /** The clauses joined with {@code and}; empty when no filter applies. */
    public String query() {
        return String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
