package org.healthequity.workstreams.repository;

/** A KPI's standing against its target in a period. */
public enum KpiRag {
    GREEN,
    AMBER,
    RED,
    NO_DATA
}
