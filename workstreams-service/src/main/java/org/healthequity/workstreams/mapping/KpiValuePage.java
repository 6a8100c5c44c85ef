package org.healthequity.workstreams.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.paging.Page;

/** How a page of KPI values reads in the contract, for the endpoints that also answer CSV. */
@Schema(name = "KpiValuePage", description = "A page of KPI values, in the envelope every list has")
public record KpiValuePage(List<KpiValueView> items, Page.Meta page, Page.Links links) {
}
