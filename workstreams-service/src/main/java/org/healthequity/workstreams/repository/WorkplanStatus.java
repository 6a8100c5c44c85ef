package org.healthequity.workstreams.repository;

public enum WorkplanStatus {
    DRAFT,
    SUBMITTED,
    SIGNED_OFF,
    CLOSED
}
