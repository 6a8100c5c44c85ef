package org.healthequity.evaluation.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.paging.Page;

/** How a page of recommendations reads in the contract, for the endpoints that also answer CSV. */
@Schema(name = "RecommendationPage", description = "A page of recommendations, in the envelope every list has")
public record RecommendationPage(List<RecommendationView> items, Page.Meta page, Page.Links links) {
}
