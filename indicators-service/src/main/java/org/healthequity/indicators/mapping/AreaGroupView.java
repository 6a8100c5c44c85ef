package org.healthequity.indicators.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AreaGroup", description = "A named set of areas, such as a nearest-neighbour set")
public record AreaGroupView(
        @Schema(examples = "east-of-england-counties-uas") String id,
        String name,
        String description,
        List<AreaView> members) {
}
