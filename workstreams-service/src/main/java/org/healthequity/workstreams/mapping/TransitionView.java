package org.healthequity.workstreams.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.WorkplanStatus;
import org.healthequity.workstreams.repository.WorkplanStep;
import org.healthequity.workstreams.repository.WorkplanTransition;

@Schema(name = "WorkplanTransition", description = "One recorded move of a workplan's status")
public record TransitionView(WorkplanStep action, WorkplanStatus from, WorkplanStatus to, String comment,
        String performedBy, Instant performedAt) {

    public static TransitionView of(WorkplanTransition transition) {
        return new TransitionView(transition.action, transition.fromStatus, transition.toStatus, transition.comment,
                transition.performedBy, transition.performedAt);
    }
}
