package org.healthequity.workstreams.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.paging.Page;

/** How a page of report recommendations reads in the contract, for the endpoints that also answer CSV. */
@Schema(name = "ReportRecommendationPage",
        description = "A page of report recommendations, in the envelope every list has")
public record ReportRecommendationPage(List<RecommendationView> items, Page.Meta page, Page.Links links) {
}
