package org.healthequity.indicators.rest;

import jakarta.annotation.security.PermitAll;
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
import org.healthequity.indicators.mapping.AreaGroupRequest;
import org.healthequity.indicators.mapping.AreaGroupView;
import org.healthequity.indicators.mapping.AreaView;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.service.AreaService;

@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Geographies by ONS code, and named groups of them")
@PermitAll
@Path("/api/v1")
public class AreaResource {

    private final AreaService areas;

    AreaResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    @Path("/areas")
    @Operation(summary = "List areas", description = "Open data: no token needed.")
    public RestResponse<Page<AreaView>> list(@RestQuery @Parameter(description = "COUNTRY, REGION, COUNTY_UA, "
            + "DISTRICT_UA, WARD or OTHER",
            example = "COUNTY_UA", schema = @Schema(implementation = AreaType.class)) String type,
            @RestQuery @Parameter(description = "Only the children of this area", example = "E12000006") String parent,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, areas.list(QueryParams.enumValue(AreaType.class, "type", type), parent,
                page));
    }

    @GET
    @Path("/areas/{code}")
    @Operation(summary = "Get an area")
    public AreaView get(@RestPath @Parameter(example = "E06000032") String code) {
        return areas.get(code);
    }

    @GET
    @Path("/area-groups")
    @Operation(summary = "List area groups")
    public RestResponse<Page<AreaGroupView>> groups(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, areas.listGroups(page));
    }

    @GET
    @Path("/area-groups/{id}")
    @Operation(summary = "Get an area group with its members")
    public RestResponse<AreaGroupView> group(@RestPath @Parameter(example = "east-of-england-counties-uas")
            String id) {
        return areas.getGroup(id).ok();
    }

    @POST
    @Path("/area-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Define a comparator group", description = "A nearest-neighbour group names its owner area "
            + "and the published model its members come from (source).")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<AreaGroupView> createGroup(@Valid @NotNull AreaGroupRequest request,
            @Context UriInfo uriInfo) {
        var created = areas.createGroup(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(created.body().id()).build());
    }

    @PUT
    @Path("/area-groups/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Change a comparator group", description = "Needs If-Match with the ETag last read.")
    public RestResponse<AreaGroupView> updateGroup(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull AreaGroupRequest request) {
        return areas.updateGroup(id, ifMatch, request).ok();
    }

    @DELETE
    @Path("/area-groups/{id}")
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Delete a comparator group", description = "Needs If-Match with the ETag last read.")
    public void deleteGroup(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        areas.deleteGroup(id, ifMatch);
    }
}
