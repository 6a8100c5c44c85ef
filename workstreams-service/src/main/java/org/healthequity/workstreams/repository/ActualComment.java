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

/** One message of the thread between an actual's reporter and the workstream's reviewers. Never edited. */
@Entity
@Table(name = "kpi_actual_comment")
public class ActualComment {

    /** Which side of the review wrote it. */
    public enum Side {
        REPORTER,
        REVIEWER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "actual_id", nullable = false, updatable = false)
    public long actualId;

    @Column(name = "kpi_id", nullable = false, updatable = false)
    public long kpiId;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(updatable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, updatable = false)
    public Side side;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
