package org.healthequity.workstreams.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.healthequity.workstreams.mapping.OrganisationRequest;
import org.healthequity.workstreams.mapping.OrganisationView;
import org.healthequity.workstreams.repository.OrganisationType;
import org.healthequity.workstreams.service.OrganisationService;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Partner organisations that own actions and report KPI actuals")
public class OrganisationResource {

    private final OrganisationService organisations;

    OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List partner organisations")
    public RestResponse<Page<OrganisationView>> list(@RestQuery @Parameter(description = "Only organisations of this "
            + "type", schema = @Schema(implementation = OrganisationType.class)) String type,
            @RestQuery @Parameter(description = "Text in the name, short name or slug") String q,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        var listing = organisations.list(QueryParams.enumValue(OrganisationType.class, "type", type), q, page);
        return Pages.response(uriInfo, page, listing);
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get an organisation", description = "The ETag header is what an update's If-Match needs.")
    public RestResponse<OrganisationView> get(@RestPath String slug) {
        return organisations.get(slug).ok();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an organisation")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<OrganisationView> create(@Valid @NotNull OrganisationRequest request,
            @Context UriInfo uriInfo) {
        var created = organisations.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(created.body().slug()).build());
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update an organisation", description = "Needs If-Match with the ETag last read.")
    public RestResponse<OrganisationView> update(@RestPath String slug, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull OrganisationRequest request) {
        return organisations.update(slug, ifMatch, request).ok();
    }
}
