package org.healthequity.evaluation.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.client.WorkstreamsData;

/** The actions (workstreams-service) that answer one evaluation recommendation: the thread seen from its end. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RecommendationActions", description = "The workplan actions that say they answer the recommendation")
public record AnsweringActionsView(
        long recommendation,
        @Schema(description = "False, with the reason, when workstreams-service could not answer") boolean available,
        String unavailableReason,
        List<WorkstreamsData.AnsweringAction> items) {
}
