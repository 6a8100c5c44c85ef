package org.healthequity.workstreams.repository;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

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
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import org.healthequity.common.persistence.AuditedEntity;

/** An action in a workplan, owned by a partner organisation, with its delivery status and RAG. */
@Entity
@Table(name = "workplan_action")
public class WorkplanAction extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workplan_id", nullable = false, updatable = false)
    public Workplan workplan;

    @Column(nullable = false)
    public String title;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organisation_id", nullable = false)
    public Organisation owner;

    /** The person or role leading it within the owner organisation. */
    public String lead;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status = ActionStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    public Rag rag;

    @Column(name = "rag_reason")
    public String ragReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kpi_id")
    public Kpi kpi;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommendation_id")
    public ReportRecommendation recommendation;

    /** Ids of evaluation-service's recommendations this action answers. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "action_answers_recommendation", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "recommendation_id", nullable = false)
    public Set<Long> answersRecommendations = new HashSet<>();

    /** The title of the activity of its workstream's logic model that this action carries out. */
    public String activity;

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isFinished();
    }
}
