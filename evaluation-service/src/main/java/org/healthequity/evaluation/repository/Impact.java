package org.healthequity.evaluation.repository;

import java.time.LocalDate;
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

import org.healthequity.common.persistence.AuditedEntity;

/** A record of the programme's impact on the system: leading, influencing, or facilitating and enabling. */
@Entity
@Table(name = "impact")
public class Impact extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImpactMode mode;

    @Column(nullable = false)
    public String description;

    /** The financial year it is reported in. */
    @Column(nullable = false)
    public String year;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String evidence;

    /** Slugs of the partner organisations involved, as workstreams-service knows them. */
    @ElementCollection
    @CollectionTable(name = "impact_partner", joinColumns = @JoinColumn(name = "impact_id"))
    @OrderColumn(name = "position", nullable = false)
    @Column(name = "organisation", nullable = false)
    public List<String> partners = new ArrayList<>();

    /** The Marmot principles it served, in ascending order. */
    @ElementCollection
    @CollectionTable(name = "impact_principle", joinColumns = @JoinColumn(name = "impact_id"))
    @OrderColumn(name = "position", nullable = false)
    @Column(name = "principle", nullable = false)
    public List<Integer> principles = new ArrayList<>();
}
