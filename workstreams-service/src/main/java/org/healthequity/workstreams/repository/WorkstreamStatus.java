package org.healthequity.workstreams.repository;

public enum WorkstreamStatus {
    ACTIVE,
    PAUSED,
    CLOSED
}
