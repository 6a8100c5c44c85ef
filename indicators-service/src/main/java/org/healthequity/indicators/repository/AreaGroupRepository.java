package org.healthequity.indicators.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AreaGroupRepository implements PanacheRepositoryBase<AreaGroup, String> {
}
