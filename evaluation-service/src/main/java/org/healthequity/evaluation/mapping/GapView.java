package org.healthequity.evaluation.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the thread from principle to delivery breaks, each gap with where to mend it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DeliveryGaps", description = "Where the thread from principle to delivery breaks")
public record GapView(
        @Schema(description = "False when a source could not answer: the gaps it would show are missing")
        boolean complete,
        @Schema(description = "The sources that could not answer") List<String> unavailable,
        List<Gap> gaps) {

    /** What kind of break. */
    public enum Kind {
        PRINCIPLE_WITHOUT_MEASURE,
        PRINCIPLE_WITHOUT_LIVE_ACTIONS,
        ACTIONS_WITHOUT_MEASURE,
        RECOMMENDATION_NOT_TAKEN_UP,
        RECOMMENDATION_WITHOUT_ACTION,
        KPI_WITHOUT_TARGET,
        KPI_WITHOUT_ACTUAL,
        LOGIC_MODEL_WITHOUT_INDICATORS
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeliveryGap")
    public record Gap(Kind kind, @Schema(description = "What the gap is, in words") String description,
            Integer principle, String workstream, Long kpi, Long recommendation,
            @Schema(description = "The operation that mends it", examples = "PUT /api/v1/workstreams/housing")
            String fix) {
    }
}
