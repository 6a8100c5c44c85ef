package org.healthequity.evaluation.repository;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.healthequity.common.persistence.AuditedEntity;

/** A recommendation of an evaluation and where it stands; its status changes only through transitions. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    public Evaluation evaluation;

    @Column(nullable = false)
    public String text;

    /** Slug of the organisation in workstreams-service that owns it. */
    @Column(name = "owner_organisation")
    public String ownerOrganisation;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public Integer principle;

    /** Slug of the workstream in workstreams-service it concerns. */
    public String workstream;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecommendationStatus status = RecommendationStatus.PROPOSED;

    @Column(name = "status_reason")
    public String statusReason;

    /** The day the current status took effect. */
    @Column(name = "status_date", nullable = false)
    public LocalDate statusDate;

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isFinal();
    }
}
