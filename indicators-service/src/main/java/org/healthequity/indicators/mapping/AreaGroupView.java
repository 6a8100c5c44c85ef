package org.healthequity.indicators.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.repository.AreaGroupKind;

@Schema(name = "AreaGroup", description = "A named set of areas, such as a nearest-neighbour set")
public record AreaGroupView(
        @Schema(examples = "east-of-england-counties-uas") String id,
        String name,
        String description,
        AreaGroupKind kind,
        @Schema(description = "Whose neighbours a nearest-neighbour group holds") String ownerArea,
        @Schema(description = "Where the membership was published") String source,
        List<AreaView> members) {
}
