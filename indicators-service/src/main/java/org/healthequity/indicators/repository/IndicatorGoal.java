package org.healthequity.indicators.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A value an area aims to reach for an indicator by a period. */
@Entity
@Table(name = "indicator_goal")
public class IndicatorGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_id", nullable = false)
    public int indicatorId;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(nullable = false)
    public double value;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    @Column(name = "period_sort_key", nullable = false)
    public int periodSortKey;

    public String source;
}
