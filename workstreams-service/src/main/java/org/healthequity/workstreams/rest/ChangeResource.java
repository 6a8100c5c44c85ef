package org.healthequity.workstreams.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.healthequity.common.changes.ChangeFeed;
import org.healthequity.common.changes.ChangePage;
import org.healthequity.common.changes.ChangeParams;
import org.healthequity.common.security.Roles;

@Path("/api/v1/changes/workstreams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed since a BI tool last read, deletions included. "
        + "Types: organisation, workstream, logic-model, kpi, kpi-targets, kpi-actual, kpi-values, "
        + "report-recommendation, workplan, workplan-transitions, action, action-update.")
@RolesAllowed(Roles.VIEWER)
public class ChangeResource {

    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(summary = "What changed in workstreams-service since a cursor",
            description = ChangeFeed.HOW_TO_READ
            + "The types are in the tag's description.")
    public ChangePage changes(@BeanParam ChangeParams query, @Context UriInfo uriInfo) {
        return feed.read(query.since, query.limit, uriInfo);
    }
}
