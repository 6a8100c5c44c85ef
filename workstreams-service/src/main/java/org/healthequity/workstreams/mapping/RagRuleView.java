package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RagRule", description = "The versioned rule that turns a KPI's target and actual into a RAG")
public record RagRuleView(@Schema(examples = "kpi-rag-1") String version,
        @Schema(description = "Largest shortfall, as a share of the target, that is still "
                + "GREEN") BigDecimal greenTolerance,
        @Schema(description = "Largest shortfall, as a share of the target, that is AMBER") BigDecimal amberTolerance,
        String description) {
}
