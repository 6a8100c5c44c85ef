package org.healthequity.evaluation.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.ListIndexBase;

import org.healthequity.common.persistence.AuditedEntity;

/** An evaluation of the health equity work: what it set out to learn (its aims), how, and where it was published. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationStatus status;

    public String method;

    @Column(name = "publication_url")
    public String publicationUrl;

    @ElementCollection
    @CollectionTable(name = "evaluation_aim", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position", nullable = false)
    @ListIndexBase(1)
    @Column(name = "aim", nullable = false)
    public List<String> aims = new ArrayList<>();
}
