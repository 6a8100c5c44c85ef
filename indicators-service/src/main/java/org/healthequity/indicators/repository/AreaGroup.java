package org.healthequity.indicators.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.ListIndexBase;

import org.healthequity.common.persistence.AuditedEntity;

/** A named set of areas, such as a nearest-neighbour set or a region's authorities, in a stated order. */
@Entity
@Table(name = "area_group")
public class AreaGroup extends AuditedEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaGroupKind kind = AreaGroupKind.CUSTOM;

    /** Whose neighbours a nearest-neighbour group holds. */
    @Column(name = "owner_area")
    public String ownerArea;

    /** Where the membership was published. */
    public String source;

    @ElementCollection
    @CollectionTable(name = "area_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "area_code", nullable = false)
    public List<String> memberCodes = new ArrayList<>();
}
