package org.healthequity.evaluation.repository;

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

/** Something an evaluation found: an opportunity, a challenge or an insight. */
@Entity
@Table(name = "finding")
public class Finding extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    public Evaluation evaluation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingKind kind;

    public String theme;

    @Column(nullable = false)
    public String statement;

    public String evidence;
}
