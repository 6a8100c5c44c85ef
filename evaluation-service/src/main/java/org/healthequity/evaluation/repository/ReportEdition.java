package org.healthequity.evaluation.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published edition of a year's annual report: the report as composed then, frozen (V5 refuses changes). */
@Entity
@Table(name = "report_edition")
public class ReportEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The financial year's label, 2023/24. */
    @Column(nullable = false, updatable = false)
    public String year;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;

    /** The composed report, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String report;

    /** Where each part came from (JSON): its source, whether it answered, and what identifies what it gave. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String sources;

    /** SHA-256 of the report without its composition time: an edition identical to the one before is refused. */
    @Column(nullable = false, updatable = false)
    public String digest;
}
