package org.healthequity.workstreams.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of a workplan, as it happened; never updated. */
@Entity
@Table(name = "workplan_transition")
public class WorkplanTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "workplan_id", nullable = false, updatable = false)
    public Long workplanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public WorkplanStep action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public WorkplanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public WorkplanStatus toStatus;

    @Column(updatable = false)
    public String comment;

    @Column(name = "performed_by", nullable = false, updatable = false)
    public String performedBy;

    @Column(name = "performed_at", nullable = false, updatable = false)
    public Instant performedAt;
}
