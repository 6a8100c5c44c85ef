package org.healthequity.workstreams.repository;

import java.util.SortedSet;
import java.util.TreeSet;

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
import jakarta.persistence.Table;

import org.hibernate.annotations.SortNatural;

import org.healthequity.common.persistence.AuditedEntity;

/** A priority workstream; its slug is what tokens ({@code workstreams} claim) and other services refer to. */
@Entity
@Table(name = "workstream")
public class Workstream extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "chair_role", nullable = false)
    public String chairRole;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkstreamStatus status = WorkstreamStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "workstream_principle", joinColumns = @JoinColumn(name = "workstream_id"))
    @Column(name = "principle", nullable = false)
    @SortNatural
    public SortedSet<Integer> principles = new TreeSet<>();
}
