package org.healthequity.indicators.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.healthequity.common.problem.ProblemError;

/** The record of one import: who sent what, and what it changed or why it was refused. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    public String source;

    @Column(name = "rows_read", nullable = false)
    public int rowsRead;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int rejected;

    @Column(name = "areas_created", nullable = false)
    public int areasCreated;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ProblemError> errors = new ArrayList<>();

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
