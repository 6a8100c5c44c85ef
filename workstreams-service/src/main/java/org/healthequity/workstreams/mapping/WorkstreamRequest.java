package org.healthequity.workstreams.mapping;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.WorkstreamStatus;

@Schema(name = "WorkstreamRequest", description = "A workstream to create, or its new state on update; the slug cannot "
        + "change once created")
public record WorkstreamRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens")
        @Schema(examples = "housing") String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "Housing") String name,
        @NotBlank @Size(max = 200) @Schema(examples = "Housing SMT") String chairRole,
        @Size(max = 4000) String description,
        @NotNull @Size(min = 1, max = 9) @Schema(description = "Marmot principles served, 0 (overarching) to 8",
                examples = "[4, 5]") List<@NotNull @Min(0) @Max(8) Integer> principles,
        @Schema(description = "ACTIVE when omitted") WorkstreamStatus status) {
}
