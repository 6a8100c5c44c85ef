package org.healthequity.indicators.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ImportRunRepository implements PanacheRepository<ImportRun> {
}
