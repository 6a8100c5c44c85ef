package org.healthequity.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.changes.ChangeFeed;
import org.healthequity.common.changes.ChangePage;
import org.healthequity.common.security.Roles;

@Path("/api/v1/changes/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed since a BI tool last read, deletions included")
@RolesAllowed(Roles.VIEWER)
public class ChangeResource {

    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(summary = "What changed in evaluation-service since a cursor",
            description = ChangeFeed.HOW_TO_READ + "Types: evaluation, finding, recommendation, "
            + "recommendation-status-history, impact, achievement, next-step.")
    public ChangePage changes(@RestQuery @Parameter(description = "The next of the previous answer; none to start",
            example = "0-0") String since,
            @RestQuery @Parameter(description = "Most events in one answer, 1 to " + ChangeFeed.MAX_LIMIT
                    + " (default " + ChangeFeed.DEFAULT_LIMIT + ")", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000")) String limit,
            @Context UriInfo uriInfo) {
        return feed.read(since, limit, uriInfo);
    }
}
