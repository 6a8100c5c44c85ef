package org.healthequity.workstreams.repository;

public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    BLOCKED,
    CANCELLED;

    /** Whether the action is over, so that a past due date no longer makes it overdue. */
    public boolean isFinished() {
        return this == COMPLETED || this == CANCELLED;
    }
}
