package org.healthequity.indicators.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Principle", description = "A Marmot principle; 0 groups the overarching outcomes")
public record PrincipleView(
        @Schema(examples = "1") int id,
        @Schema(examples = "Give every child the best start in life") String title,
        @Schema(examples = "Best start in life") String shortTitle,
        @Schema(examples = "Fair Society, Healthy Lives (2010)") String introducedIn) {
}
