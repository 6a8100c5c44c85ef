package org.healthequity.evaluation.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.TimelineEntry;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineEntry", description = "A milestone or a board decision of the programme")
public record TimelineView(long id, TimelineEntry.Kind kind, LocalDate startsOn, LocalDate endsOn,
        TimelineEntry.Precision precision,
        @Schema(description = "The date as the source gives it", examples = "July 2021") String when,
        String title, String detail, String decidedBy,
        @Schema(description = "The workplan the decision signed off") String workplan,
        @Schema(description = "The recommendation whose move the decision made") String recommendation,
        Instant createdAt, String createdBy) {

    public static TimelineView of(TimelineEntry entry) {
        return new TimelineView(entry.id, entry.kind, entry.startsOn, entry.endsOn, entry.precision, when(entry),
                entry.title, entry.detail, entry.decidedBy,
                entry.workplanId == null ? null : "/api/v1/workplans/" + entry.workplanId,
                entry.recommendationId == null ? null : "/api/v1/recommendations/" + entry.recommendationId,
                entry.createdAt, entry.createdBy);
    }

    /** "July 2021", "2023", "15 October 2024", or a range of them. */
    static String when(TimelineEntry entry) {
        String start = format(entry.startsOn, entry.precision);
        return entry.endsOn == null ? start : start + " – " + format(entry.endsOn, entry.precision);
    }

    private static String format(LocalDate day, TimelineEntry.Precision precision) {
        return switch (precision) {
            case YEAR -> Integer.toString(day.getYear());
            case MONTH -> day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                    + day.getYear();
            case DAY -> day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL,
                    Locale.UK) + " " + day.getYear();
        };
    }
}
