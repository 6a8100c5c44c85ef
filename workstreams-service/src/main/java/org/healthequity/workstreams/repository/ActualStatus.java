package org.healthequity.workstreams.repository;

/** A KPI actual is submitted by its reporter, then approved or rejected by the workstream's lead. */
public enum ActualStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
