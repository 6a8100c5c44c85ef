package org.healthequity.indicators.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Marmot principle, or 0 for the overarching outcomes. Reference data, changed only by migrations. */
@Entity
@Table(name = "principle")
public class Principle {

    @Id
    public short id;

    @Column(nullable = false)
    public String title;

    @Column(name = "short_title", nullable = false)
    public String shortTitle;

    @Column(name = "introduced_in")
    public String introducedIn;
}
