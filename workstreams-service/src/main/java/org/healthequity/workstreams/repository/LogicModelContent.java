package org.healthequity.workstreams.repository;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a logic model says, stored as one JSON document per version: a version is read and replaced whole, and its
 * lists keep the order the workstream wrote them in.
 */
@Schema(name = "LogicModelContent", description = "Hypothesis, assumptions, context, inputs, activities, outputs, "
        + "outcomes and barriers of a workstream's logic model")
public record LogicModelContent(
        @NotBlank @Size(max = 4000) @Schema(examples = "Increasing the availability of good quality work and the "
                + "employability of the local population to take on these jobs will improve health outcomes.")
        String hypothesis,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> assumptions,
        @Size(max = 8000) String context,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> inputs,
        @Size(max = 200) List<@Valid @NotNull Activity> activities,
        @Size(max = 200) List<@Valid @NotNull Output> outputs,
        @Size(max = 100) List<@Valid @NotNull Outcome> outcomes,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> barriers) {

    public LogicModelContent {
        assumptions = assumptions == null ? List.of() : assumptions;
        inputs = inputs == null ? List.of() : inputs;
        activities = activities == null ? List.of() : activities;
        outputs = outputs == null ? List.of() : outputs;
        outcomes = outcomes == null ? List.of() : outcomes;
        barriers = barriers == null ? List.of() : barriers;
    }

    @Schema(name = "LogicModelActivity")
    public record Activity(
            @NotBlank @Size(max = 500) @Schema(examples = "SEMLEP employment skills") String title,
            @Size(max = 4000) String description,
            @NotBlank @Schema(description = "Slug of the organisation that leads it", examples = "semlep")
            String leadOrganisation) {
    }

    @Schema(name = "LogicModelOutput")
    public record Output(
            @NotBlank @Size(max = 500) @Schema(examples = "Number of businesses accessing SEMLEP business support")
            String measure,
            @Schema(description = "The workstream KPI that counts it, if any") Long kpiId) {
    }

    @Schema(name = "LogicModelOutcome")
    public record Outcome(
            @NotBlank @Size(max = 1000) @Schema(examples = "Luton employment rate") String statement,
            @Size(max = 20) @Schema(description = "Ids of the indicators in indicators-service that measure it",
                    examples = "[92313]") List<@NotNull Integer> indicatorIds) {

        public Outcome {
            indicatorIds = indicatorIds == null ? List.of() : indicatorIds;
        }
    }
}
