package org.healthequity.evaluation.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationRequest",
        description = "A recommendation of an evaluation, or its new content on update; "
        + "its status changes only through transitions")
public record RecommendationRequest(
        @NotBlank @Size(max = 4000) @Schema(examples = "Embed Marmot and health inequalities within workforce "
                + "development across the system.") String text,
        @Schema(description = "Slug of the owning organisation in workstreams-service", examples = "lbc")
        String ownerOrganisation,
        @Schema(examples = "2025-03-31") LocalDate dueDate,
        @Min(0) @Max(8) @Schema(description = "The Marmot principle it concerns, 0 to 8", examples = "7")
        Integer principle,
        @Schema(description = "Slug of the workstream in workstreams-service it concerns", examples = "housing")
        String workstream) {
}
