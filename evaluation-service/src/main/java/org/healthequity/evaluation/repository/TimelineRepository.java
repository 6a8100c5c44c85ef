package org.healthequity.evaluation.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TimelineRepository implements PanacheRepository<TimelineEntry> {

    /** Everything that began on or before the day, oldest first. */
    public List<TimelineEntry> until(LocalDate day) {
        return list("startsOn <= ?1", Sort.by("startsOn").and("id"), day);
    }
}
