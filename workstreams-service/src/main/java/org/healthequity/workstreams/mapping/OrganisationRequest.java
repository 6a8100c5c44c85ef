package org.healthequity.workstreams.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.OrganisationType;

@Schema(name = "OrganisationRequest", description = "An organisation to create, or its new state on update; the slug "
        + "cannot change once created")
public record OrganisationRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens")
        @Schema(examples = "luton-foodbank") String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "Luton Foodbank") String name,
        @Size(max = 40) @Schema(examples = "LFB") String shortName,
        @NotNull OrganisationType type) {
}
