package org.healthequity.indicators.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.paging.Page;

/** How a page of observations reads in the contract, for the endpoints that also answer CSV. */
@Schema(name = "ObservationPage", description = "A page of observations, in the envelope every list has")
public record ObservationPage(List<ObservationView> items, Page.Meta page, Page.Links links) {
}
