package org.healthequity.indicators.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthequity.common.period.YearType;
import org.healthequity.common.persistence.AuditedEntity;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.Polarity;
import org.healthequity.indicators.statistics.ValueType;

/**
 * An outcome indicator: what is measured, under which Marmot principle, how its values are computed and judged.
 * The id is Fingertips' where Fingertips publishes the indicator, otherwise local (900000 and above).
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AuditedEntity {

    /** Local indicator ids start here, clear of Fingertips' ids. */
    public static final int FIRST_LOCAL_ID = 900_000;

    @Id
    public Integer id;

    @Column(nullable = false)
    public String name;

    public String definition;

    @Column(name = "principle_id", nullable = false)
    public short principleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    public ValueType valueType;

    public String unit;

    @Column(nullable = false)
    public double multiplier = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "benchmark_method", nullable = false)
    public BenchmarkMethod benchmarkMethod;

    @Column(name = "valid_min")
    public Double validMin;

    @Column(name = "valid_max")
    public Double validMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "year_type", nullable = false)
    public YearType yearType = YearType.FINANCIAL;

    public String source;

    public String frequency;
}
