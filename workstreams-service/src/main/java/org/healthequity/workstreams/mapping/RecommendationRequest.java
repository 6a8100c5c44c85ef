package org.healthequity.workstreams.mapping;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportRecommendationRequest", description = "A recommendation of the Marmot report and the "
        + "workstreams it is mapped to; the code cannot change once created")
public record RecommendationRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9]+([.-][A-Za-z0-9]+)*",
                message = "must be letters and digits, optionally joined by dots or hyphens")
        @Schema(examples = "3.2") String code,
        @NotNull @Min(0) @Max(8) @Schema(examples = "3") Integer principle,
        @NotBlank @Size(max = 4000) String text,
        @Schema(description = "Slugs of the workstreams it is mapped to", examples = "[\"business-skills-employment\"]")
        List<@NotBlank String> workstreams) {

    public RecommendationRequest {
        workstreams = workstreams == null ? List.of() : workstreams;
    }
}
