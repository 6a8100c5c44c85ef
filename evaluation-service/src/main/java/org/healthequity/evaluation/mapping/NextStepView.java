package org.healthequity.evaluation.mapping;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.NextStep;

@Schema(name = "NextStep", description = "A next step the programme set itself")
public record NextStepView(long id, String text, String ownerOrganisation, LocalDate dueDate, boolean done,
        String year, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static NextStepView of(NextStep step) {
        return new NextStepView(step.id, step.text, step.ownerOrganisation, step.dueDate, step.done, step.year,
                step.createdAt, step.createdBy, step.updatedAt, step.updatedBy);
    }
}
