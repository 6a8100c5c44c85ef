package org.healthequity.workstreams.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LogicModelRepository implements PanacheRepository<LogicModel> {

    /** A workstream's versions, newest first, optionally only those in one status. */
    public PanacheQuery<LogicModel> versions(Workstream workstream, LogicModelStatus status) {
        Sort newestFirst = Sort.descending("versionNumber");
        return status == null ? find("workstream", newestFirst, workstream)
                : find("workstream = ?1 and status = ?2", newestFirst, workstream, status);
    }

    public Optional<LogicModel> findVersion(Workstream workstream, int versionNumber) {
        return find("workstream = ?1 and versionNumber = ?2", workstream, versionNumber).firstResultOptional();
    }

    public Optional<LogicModel> latest(Workstream workstream) {
        return versions(workstream, null).firstResultOptional();
    }

    public Optional<LogicModel> current(Workstream workstream) {
        return versions(workstream, LogicModelStatus.APPROVED).firstResultOptional();
    }
}
