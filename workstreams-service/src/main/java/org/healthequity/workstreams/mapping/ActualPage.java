package org.healthequity.workstreams.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.paging.Page;

/** How a page of KPI actuals reads in the contract, for the endpoints that also answer CSV. */
@Schema(name = "ActualPage", description = "A page of KPI actuals, in the envelope every list has")
public record ActualPage(List<ActualView> items, Page.Meta page, Page.Links links) {
}
