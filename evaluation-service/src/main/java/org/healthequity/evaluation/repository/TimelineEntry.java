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

/** A dated milestone of the programme or a decision of its board. Added, never changed: it is a log. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    public enum Kind {
        MILESTONE,
        DECISION
    }

    /** How precisely the source dates it: "July 2021" is a month, "throughout 2023" a year. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "starts_on", nullable = false, updatable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", updatable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, updatable = false)
    public Precision precision;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(updatable = false)
    public String detail;

    @Column(name = "decided_by", updatable = false)
    public String decidedBy;

    @Column(name = "workplan_id", updatable = false)
    public Long workplanId;

    @Column(name = "recommendation_id", updatable = false)
    public Long recommendationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
