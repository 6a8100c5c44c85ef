package org.healthequity.evaluation.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReportEditionRepository implements PanacheRepository<ReportEdition> {

    public List<ReportEdition> ofYear(String year) {
        return list("year", Sort.by("number"), year);
    }

    public Optional<ReportEdition> find(String year, int number) {
        return find("year = ?1 and number = ?2", year, number).firstResultOptional();
    }

    public Optional<ReportEdition> latest(String year) {
        return find("year", Sort.by("number").descending(), year).firstResultOptional();
    }
}
