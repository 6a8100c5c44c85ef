package org.healthequity.workstreams.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WorkstreamRepository implements PanacheRepository<Workstream> {

    public Optional<Workstream> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Workstream> listByStatus(WorkstreamStatus status) {
        return status == null ? listAll(Sort.by("name")) : list("status", Sort.by("name"), status);
    }
}
