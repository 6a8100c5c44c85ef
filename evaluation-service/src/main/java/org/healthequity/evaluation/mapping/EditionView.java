package org.healthequity.evaluation.mapping;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published edition of an annual report: what it is and where its parts came from, and (when read) the report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportEdition", description = "A published, frozen edition of a year's annual report")
public record EditionView(
        @Schema(examples = "2023/24") String year,
        @Schema(examples = "1") int number,
        Instant publishedAt,
        @Schema(examples = "evaluator") String publishedBy,
        @Schema(description = "SHA-256 of the report as published (without the time it was composed)")
        String digest,
        @Schema(description = "Where each part of the report came from") List<Source> sources,
        @Schema(examples = "/api/v1/reports/annual/2023-24/editions/1") String link,
        @Schema(description = "The report as published; left out of lists") AnnualReport report) {

    /**
     * One source of the report: the service, whether it answered, and what identifies what it gave: this service's
     * data version, or the SHA-256 of the section another service supplied.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportEditionSource")
    public record Source(@Schema(examples = "indicators-service") String service,
            @Schema(examples = "outcomes") String section, boolean available,
            @Schema(description = "This service's data version when the edition was composed") Long dataVersion,
            @Schema(description = "SHA-256 of the section as supplied") String digest) {
    }

    public EditionView withoutReport() {
        return new EditionView(year, number, publishedAt, publishedBy, digest, sources, link, null);
    }
}
