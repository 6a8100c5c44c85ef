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
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.NextStepRequest;
import org.healthequity.evaluation.mapping.NextStepView;
import org.healthequity.evaluation.service.NextStepService;

@Path("/api/v1/next-steps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Next steps", description = "The next steps the programme set itself, and whether they are done")
public class NextStepResource {

    private final NextStepService nextSteps;

    NextStepResource(NextStepService nextSteps) {
        this.nextSteps = nextSteps;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List next steps")
    public RestResponse<Page<NextStepView>> list(@RestQuery @Parameter(description = "Financial year whose report set "
            + "them", example = "2023/24") String year,
            @RestQuery @Parameter(description = "true or false") String done,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, nextSteps.list(year, QueryParams.bool("done", done), page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a next step")
    public RestResponse<NextStepView> get(@RestPath long id) {
        return nextSteps.get(id).ok();
    }

    @POST
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Record a next step", description = "The owner slug is checked with workstreams-service.")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<NextStepView> create(@Valid @NotNull NextStepRequest request, @Context UriInfo uriInfo) {
        var created = nextSteps.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Update a next step", description = "Needs If-Match.")
    public RestResponse<NextStepView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull NextStepRequest request) {
        return nextSteps.update(id, ifMatch, request).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Remove a next step", description = "Needs If-Match.")
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        nextSteps.delete(id, ifMatch);
    }
}
