package org.healthequity.evaluation.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.http.ComposedRead;
import org.healthequity.common.http.ComposedTags;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.DeliveryTemplates;
import org.healthequity.evaluation.mapping.DeliveryView;
import org.healthequity.evaluation.mapping.GapView;
import org.healthequity.evaluation.service.DeliveryService;

@Path("/api/v1/delivery")
@Tag(name = "Delivery", description = "The golden thread: each Marmot principle from its outcome indicators to the "
        + "work that serves it, and where the thread breaks")
public class DeliveryResource {

    private final DeliveryService delivery;
    private final ComposedTags composedTags;

    DeliveryResource(DeliveryService delivery, ComposedTags composedTags) {
        this.delivery = delivery;
        this.composedTags = composedTags;
    }

    @GET
    @ComposedRead
    @Path("/principles/{id}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "The principle's delivery, as JSON or a printable HTML page",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "One principle from outcome to delivery", description = "Composed now: the principle's "
            + "outcome indicators with the home area's latest values, comparisons and trends (indicators-service); "
            + "the workstreams serving it with their logic-model outcomes citing those indicators, KPIs with RAG "
            + "and actions by status and RAG (workstreams-service); the recommendations that concern it. A source "
            + "that cannot answer leaves its part unavailable. 0 to 8; /api/v1/principles lists them.")
    public Response principle(@RestPath @Parameter(description = "The Marmot principle, 0 to 8", example = "3")
            int id, @RestQuery @Parameter(description = "json or html; overrides Accept") String format,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        ReadFormat chosen = ReadFormat.choose(format, headers, ReadFormat.JSON, ReadFormat.HTML);
        return composedTags.answer(uriInfo, headers, () -> {
            DeliveryView view = delivery.principle(id);
            return chosen == ReadFormat.HTML ? new ComposedTags.Built(Response.ok(
                    DeliveryTemplates.principle(view).render(), chosen.type), List.of("html", view))
                    : new ComposedTags.Built(Response.ok(view, MediaType.APPLICATION_JSON_TYPE), view);
        });
    }

    @GET
    @ComposedRead
    @Path("/gaps")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Where the thread breaks", description = "Principles without a measure or without live "
            + "actions, workstreams whose actions nothing measures, logic models without indicators, KPIs without a "
            + "target or an actual, open recommendations no workstream takes up: each with the operation that "
            + "mends it. complete is false, naming the source, when a service could not answer.")
    @APIResponse(responseCode = "200", description = "The gaps", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GapView.class)))
    public Response gaps(@Context HttpHeaders headers, @Context UriInfo uriInfo) {
        return composedTags.answer(uriInfo, headers, () -> {
            GapView gaps = delivery.gaps();
            return new ComposedTags.Built(Response.ok(gaps), gaps);
        });
    }
}
