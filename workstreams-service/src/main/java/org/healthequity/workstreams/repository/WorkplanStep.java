package org.healthequity.workstreams.repository;

import java.util.Arrays;
import java.util.List;

/**
 * The moves a workplan's status can make: a lead submits a draft; the board (admin) signs it off or returns it to
 * draft with a comment; once the year is over the lead closes it. Nothing else is allowed.
 */
public enum WorkplanStep {
    SUBMIT(WorkplanStatus.DRAFT, WorkplanStatus.SUBMITTED),
    RETURN(WorkplanStatus.SUBMITTED, WorkplanStatus.DRAFT),
    SIGN_OFF(WorkplanStatus.SUBMITTED, WorkplanStatus.SIGNED_OFF),
    CLOSE(WorkplanStatus.SIGNED_OFF, WorkplanStatus.CLOSED);

    private final WorkplanStatus from;
    private final WorkplanStatus to;

    WorkplanStep(WorkplanStatus from, WorkplanStatus to) {
        this.from = from;
        this.to = to;
    }

    public WorkplanStatus from() {
        return from;
    }

    public WorkplanStatus to() {
        return to;
    }

    /** The steps open to a workplan in this status. */
    public static List<WorkplanStep> availableFrom(WorkplanStatus status) {
        return Arrays.stream(values()).filter(step -> step.from == status).toList();
    }
}
