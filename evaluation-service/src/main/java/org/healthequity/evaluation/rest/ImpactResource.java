package org.healthequity.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.ImpactRequest;
import org.healthequity.evaluation.mapping.ImpactView;
import org.healthequity.evaluation.repository.ImpactMode;
import org.healthequity.evaluation.service.ImpactService;

@Path("/api/v1/impacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "System impact",
        description = "How the programme leads, influences, and facilitates and enables across the system")
public class ImpactResource {

    private final ImpactService impacts;

    ImpactResource(ImpactService impacts) {
        this.impacts = impacts;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List system impact records")
    public RestResponse<Page<ImpactView>> list(@RestQuery @Parameter(description = "LEADING, INFLUENCING or "
            + "FACILITATING_ENABLING", schema = @Schema(implementation = ImpactMode.class)) String mode,
            @RestQuery @Parameter(description = "Financial year reported in", example = "2023/24") String year,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, impacts.list(QueryParams.enumValue(ImpactMode.class, "mode", mode), year,
                page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a system impact record")
    public RestResponse<ImpactView> get(@RestPath long id) {
        return impacts.get(id).ok();
    }

    @POST
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Record a system impact record",
            description = "Partner slugs are checked with workstreams-service (422 naming an unknown one; "
            + "503 with nothing saved when it cannot answer).")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<ImpactView> create(@Valid @NotNull ImpactRequest request, @Context UriInfo uriInfo) {
        var created = impacts.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Update a system impact record", description = "Needs If-Match.")
    public RestResponse<ImpactView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ImpactRequest request) {
        return impacts.update(id, ifMatch, request).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Remove a system impact record", description = "Needs If-Match.")
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        impacts.delete(id, ifMatch);
    }
}
