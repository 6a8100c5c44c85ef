package org.healthequity.workstreams.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ActionUpdateRepository implements PanacheRepository<ActionUpdate> {

    /** An action's progress log, newest first. */
    public PanacheQuery<ActionUpdate> ofAction(long actionId) {
        return find("actionId", Sort.descending("date").and("id", Sort.Direction.Descending), actionId);
    }
}
