package org.healthequity.evaluation.repository;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthequity.common.persistence.AuditedEntity;

/** An achievement of one of the programmes (Health Equity Town, Talk Listen Change, Core20plus5...). */
@Entity
@Table(name = "achievement")
public class Achievement extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String programme;

    @Column(nullable = false)
    public String description;

    /** The financial year it is reported in. */
    @Column(nullable = false)
    public String year;

    @Column(name = "metric_value")
    public BigDecimal metricValue;

    @Column(name = "metric_unit")
    public String metricUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "metric_qualifier")
    public MetricQualifier metricQualifier;
}
