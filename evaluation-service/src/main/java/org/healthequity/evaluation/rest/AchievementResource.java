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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.AchievementRequest;
import org.healthequity.evaluation.mapping.AchievementView;
import org.healthequity.evaluation.service.AchievementService;

@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements", description = "Achievements by programme, with optional metrics")
public class AchievementResource {

    private final AchievementService achievements;

    AchievementResource(AchievementService achievements) {
        this.achievements = achievements;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List achievements")
    public RestResponse<Page<AchievementView>> list(@RestQuery @Parameter(description = "Programme",
            example = "Core20plus5") String programme,
            @RestQuery @Parameter(description = "Financial year reported in", example = "2023/24") String year,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, achievements.list(programme, year, page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get an achievement")
    public RestResponse<AchievementView> get(@RestPath long id) {
        return achievements.get(id).ok();
    }

    @POST
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Record an achievement")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<AchievementView> create(@Valid @NotNull AchievementRequest request, @Context UriInfo uriInfo) {
        var created = achievements.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Update an achievement", description = "Needs If-Match.")
    public RestResponse<AchievementView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull AchievementRequest request) {
        return achievements.update(id, ifMatch, request).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Remove an achievement", description = "Needs If-Match.")
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        achievements.delete(id, ifMatch);
    }
}
