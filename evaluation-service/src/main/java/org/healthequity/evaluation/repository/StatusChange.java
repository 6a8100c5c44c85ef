package org.healthequity.evaluation.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated status of a recommendation; the history is append-only. */
@Entity
@Table(name = "recommendation_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    public Long recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public RecommendationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public RecommendationStatus to;

    @Column(updatable = false)
    public String reason;

    @Column(name = "effective_date", nullable = false, updatable = false)
    public LocalDate effectiveDate;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;
}
