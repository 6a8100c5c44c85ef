package org.healthequity.indicators.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthequity.common.persistence.AuditedEntity;
import org.healthequity.indicators.statistics.ComparisonOutcome;

/**
 * One value of an indicator for an area, period, sex, age and inequality category, with its count, denominator
 * and limits, and the comparisons and trend the source reported, if it reported them.
 */
@Entity
@Table(name = "observation")
public class Observation extends AuditedEntity {

    /** What the text breakdowns hold when there is no breakdown. */
    public static final String NO_CATEGORY = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_id", nullable = false)
    public int indicatorId;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Embedded
    public Period period;

    @Column(nullable = false)
    public String sex;

    @Column(nullable = false)
    public String age;

    @Column(name = "category_type", nullable = false)
    public String categoryType;

    @Column(nullable = false)
    public String category;

    public Double value;

    public Double count;

    public Double denominator;

    @Column(name = "lower_ci_95")
    public Double lowerCi95;

    @Column(name = "upper_ci_95")
    public Double upperCi95;

    @Column(name = "lower_ci_99_8")
    public Double lowerCi998;

    @Column(name = "upper_ci_99_8")
    public Double upperCi998;

    @Enumerated(EnumType.STRING)
    @Column(name = "limits_source", nullable = false)
    public LimitsSource limitsSource;

    @Column(name = "value_note")
    public String valueNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObservationStatus status;

    @Column(name = "reported_trend")
    public String reportedTrend;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_vs_england")
    public ComparisonOutcome reportedVsEngland;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_vs_region")
    public ComparisonOutcome reportedVsRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_vs_neighbours")
    public ComparisonOutcome reportedVsNeighbours;

    public String source;

    @Column(name = "import_id")
    public Long importId;
}
