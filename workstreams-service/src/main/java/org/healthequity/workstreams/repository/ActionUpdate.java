package org.healthequity.workstreams.repository;

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

/** One progress update on an action; the log is append-only, so nothing here is ever updated. */
@Entity
@Table(name = "action_update")
public class ActionUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "action_id", nullable = false, updatable = false)
    public Long actionId;

    @Column(name = "update_date", nullable = false, updatable = false)
    public LocalDate date;

    @Column(nullable = false, updatable = false)
    public String text;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(updatable = false)
    public String organisation;

    /** The action's status this update set, if it changed it. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ActionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Rag rag;

    @Column(name = "rag_reason", updatable = false)
    public String ragReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
