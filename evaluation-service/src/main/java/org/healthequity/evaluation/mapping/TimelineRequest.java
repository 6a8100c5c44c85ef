package org.healthequity.evaluation.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.TimelineEntry;

@Schema(name = "TimelineRequest", description = "A milestone or a board decision to add to the log")
public record TimelineRequest(
        @NotNull @Schema(examples = "DECISION") TimelineEntry.Kind kind,
        @NotNull @Schema(description = "When it happened (the first day of the month or year, for those precisions)",
                examples = "2024-10-15") LocalDate startsOn,
        @Schema(description = "When a period ends; absent for a single day, month or year") LocalDate endsOn,
        @Schema(description = "DAY (the default), MONTH or YEAR") TimelineEntry.Precision precision,
        @NotBlank @Size(max = 500) @Schema(examples = "Housing workplan signed off") String title,
        @Size(max = 4000) String detail,
        @Size(max = 200) @Schema(description = "Who decided, for a decision", examples = "Health Equity Town Board")
        String decidedBy,
        @Schema(description = "The workplan the decision signed off, in workstreams-service") Long workplanId,
        @Schema(description = "The recommendation whose move the decision made") Long recommendationId) {
}
