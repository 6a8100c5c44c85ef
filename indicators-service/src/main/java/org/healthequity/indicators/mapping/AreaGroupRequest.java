package org.healthequity.indicators.mapping;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.repository.AreaGroupKind;

@Schema(name = "AreaGroupRequest", description = "A comparator group to define, or its new definition (the id is "
        + "taken on create only)")
public record AreaGroupRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
        @Schema(examples = "luton-cipfa-neighbours") String id,
        @NotBlank @Size(max = 200) @Schema(examples = "Luton's CIPFA nearest neighbours") String name,
        @Size(max = 2000) String description,
        @NotNull @Schema(examples = "NEAREST_NEIGHBOURS") AreaGroupKind kind,
        @Size(max = 9) @Schema(description = "Whose neighbours: needed for NEAREST_NEIGHBOURS",
                examples = "E06000032") String ownerArea,
        @Size(max = 500) @Schema(description = "Where the membership was published (a nearest-neighbour set must "
                + "say whose model it comes from)", examples = "CIPFA Nearest Neighbours Model (England), 2024")
        String source,
        @NotNull @Size(min = 1, max = 500) @Schema(description = "Area codes in the group's order")
        List<@NotBlank @Size(max = 9) String> members) {
}
