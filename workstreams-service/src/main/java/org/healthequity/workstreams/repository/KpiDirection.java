package org.healthequity.workstreams.repository;

/** Which way a KPI's value should move. */
public enum KpiDirection {
    INCREASE_IS_GOOD,
    DECREASE_IS_GOOD
}
