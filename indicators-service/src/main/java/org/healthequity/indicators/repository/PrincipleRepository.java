package org.healthequity.indicators.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PrincipleRepository implements PanacheRepositoryBase<Principle, Short> {
}
