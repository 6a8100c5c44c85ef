package org.healthequity.evaluation.repository;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthequity.common.persistence.AuditedEntity;

/** A next step the programme set itself in a year's report. */
@Entity
@Table(name = "next_step")
public class NextStep extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String text;

    /** Slug of the owning organisation in workstreams-service. */
    @Column(name = "owner_organisation")
    public String ownerOrganisation;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(nullable = false)
    public boolean done;

    /** The financial year whose report set it. */
    @Column(nullable = false)
    public String year;
}
