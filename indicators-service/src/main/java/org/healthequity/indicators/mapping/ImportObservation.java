package org.healthequity.indicators.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.repository.ObservationStatus;

/**
 * One element of the JSON array {@code POST /api/v1/imports} reads, as the contract describes it. The import reads
 * the array as a stream ({@code JsonRows}), not into this record; a test keeps the two to the same fields.
 */
@Schema(name = "ImportObservation", description = "One observation of a JSON import: what a Fingertips CSV row "
        + "holds, by name")
public record ImportObservation(
        @Schema(required = true, examples = "90366") Integer indicatorId,
        @Schema(required = true, examples = "E06000032") String areaCode,
        @Schema(description = "Persons (the default), Male or Female", examples = "Persons") String sex,
        @Schema(description = "All ages by default", examples = "All ages") String age,
        @Schema(description = "Fingertips' Category Type of a breakdown; empty for the area's value")
        String categoryType,
        @Schema(description = "The breakdown's category") String category,
        @Schema(required = true, description = "A period label (2023, 2022/23, 2021 - 23, 2023 Q1, …), or the "
                + "period object of an exported observation", oneOf = { String.class, PeriodRef.class },
                examples = "2022/23") Object period,
        @Schema(examples = "23.4") Double value,
        Double lowerCi95,
        Double upperCi95,
        Double lowerCi998,
        Double upperCi998,
        Double count,
        Double denominator,
        @Schema(description = "Why there is no value, or what qualifies it") String valueNote,
        @Schema(description = "PUBLISHED (the default) or PROVISIONAL") ObservationStatus status,
        @Schema(description = "COMPUTED for limits this system computed (they are computed again)")
        String limitsSource,
        @Schema(description = "Where the row comes from") String source,
        ObservationView.Reported reported) {

    /** A period given as an object, as the observations' JSON gives it: only its label is read. */
    @Schema(name = "ImportPeriod")
    public record PeriodRef(@Schema(required = true, examples = "2022/23") String label) {
    }
}
