package org.healthequity.workstreams.repository;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.healthequity.common.persistence.AuditedEntity;

/** A recommendation of the town's Marmot report, and the workstreams it was mapped to. */
@Entity
@Table(name = "report_recommendation")
public class ReportRecommendation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false)
    public int principle;

    @Column(nullable = false)
    public String text;

    @ManyToMany
    @JoinTable(name = "report_recommendation_workstream", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "workstream_id"))
    @OrderBy("slug")
    public Set<Workstream> workstreams = new LinkedHashSet<>();
}
