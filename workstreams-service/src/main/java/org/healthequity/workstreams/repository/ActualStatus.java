package org.healthequity.workstreams.repository;

/**
 * A KPI actual is submitted by its reporter, then approved or rejected by the workstream's lead, or returned to the
 * reporter with questions (the thread says which) and submitted again.
 */
public enum ActualStatus {
    SUBMITTED,
    RETURNED,
    APPROVED,
    REJECTED
}
