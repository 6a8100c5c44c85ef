package org.healthequity.workstreams.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ActualCommentRepository implements PanacheRepository<ActualComment> {

    /** The thread of an actual, oldest first. */
    public List<ActualComment> ofActual(long actualId) {
        return list("actualId", Sort.by("id"), actualId);
    }
}
