package org.healthequity.workstreams.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.healthequity.common.persistence.AuditedEntity;

/** A workstream's plan for one financial year: its priorities and, in child rows, its actions. */
@Entity
@Table(name = "workplan")
public class Workplan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workstream_id", nullable = false, updatable = false)
    public Workstream workstream;

    @Column(name = "year_label", nullable = false, updatable = false)
    public String year;

    @Column(name = "period_start", nullable = false, updatable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkplanStatus status = WorkplanStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "workplan_priority", joinColumns = @JoinColumn(name = "workplan_id"))
    @OrderColumn(name = "position", nullable = false)
    @Column(name = "text", nullable = false)
    public List<String> priorities = new ArrayList<>();

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "signed_off_by")
    public String signedOffBy;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Whether its priorities and its actions' content may still change. */
    public boolean isEditable() {
        return status == WorkplanStatus.DRAFT;
    }

    /** Whether its actions may still report progress: until the plan is closed. */
    public boolean acceptsProgress() {
        return status != WorkplanStatus.CLOSED;
    }
}
