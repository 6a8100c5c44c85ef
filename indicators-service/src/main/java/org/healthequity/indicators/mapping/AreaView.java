package org.healthequity.indicators.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.repository.AreaType;

@Schema(name = "Area", description = "A geography by its ONS code")
public record AreaView(
        @Schema(examples = "E06000032") String code,
        @Schema(examples = "Luton") String name,
        AreaType type,
        @Schema(examples = "E12000006") String parentCode) {
}
