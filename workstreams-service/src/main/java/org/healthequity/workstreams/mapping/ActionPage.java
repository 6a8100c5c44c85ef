package org.healthequity.workstreams.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.paging.Page;

/** How a page of actions reads in the contract, for the endpoints that also answer CSV. */
@Schema(name = "ActionPage", description = "A page of actions, in the envelope every list has")
public record ActionPage(List<ActionView> items, Page.Meta page, Page.Links links) {
}
