package org.healthequity.workstreams.repository;

import java.time.Instant;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.healthequity.common.persistence.AuditedEntity;

/** One version of a workstream's logic model. */
@Entity
@Table(name = "logic_model")
public class LogicModel extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workstream_id", nullable = false, updatable = false)
    public Workstream workstream;

    @Column(name = "version_number", nullable = false, updatable = false)
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LogicModelStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LogicModelContent content;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;
}
