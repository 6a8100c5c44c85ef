package org.healthequity.workstreams.mapping;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.Rag;

@Schema(name = "ActionRequest", description = "An action to add to a workplan, or its new state on update. Once the "
        + "workplan is submitted only status, rag and ragReason may change.")
public record ActionRequest(
        @NotBlank @Size(max = 500) @Schema(examples = "Develop KPI dashboard") String title,
        @Size(max = 4000) String description,
        @NotBlank @Schema(description = "Slug of the owning organisation", examples = "lbc") String ownerOrganisation,
        @Size(max = 200) @Schema(description = "Who leads it within the owner", examples = "Public Health Manager")
        String lead,
        @Schema(examples = "2024-04-01") LocalDate startDate,
        @Schema(examples = "2024-10-31") LocalDate dueDate,
        @Schema(description = "NOT_STARTED when omitted") ActionStatus status,
        Rag rag,
        @Size(max = 2000) @Schema(description = "Required for AMBER and RED") String ragReason,
        @Schema(description = "Id of a KPI of the same workstream that this action moves") Long kpiId,
        @Schema(description = "Code of the Marmot report recommendation this action answers") String recommendation,
        @Size(max = 10) @Schema(description = "Ids of evaluation recommendations (evaluation-service) this action "
                + "answers; each must exist and name this workstream or none", examples = "[4]")
        List<@NotNull @Positive Long> answersRecommendations,
        @Size(max = 500) @Schema(description = "Title of the activity of the workstream's logic model that this "
                + "action carries out", examples = "SEMLEP employment skills") String activity) {
}
