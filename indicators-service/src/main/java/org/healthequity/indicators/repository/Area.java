package org.healthequity.indicators.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthequity.common.persistence.AuditedEntity;

/** A geography by its ONS code (E92000001 England, E12000006 East of England, E06000032 Luton...). */
@Entity
@Table(name = "area")
public class Area extends AuditedEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaType type;

    @Column(name = "parent_code")
    public String parentCode;
}
