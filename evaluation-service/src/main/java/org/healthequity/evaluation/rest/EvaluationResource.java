package org.healthequity.evaluation.rest;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.EvaluationRequest;
import org.healthequity.evaluation.repository.EvaluationStatus;
import org.healthequity.evaluation.service.EvaluationService;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Evaluations of the health equity work and their aims")
public class EvaluationResource {

    private final EvaluationService evaluations;

    EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List evaluations")
    public Response list(@RestQuery @Parameter(description = "Only evaluations with this status") String status,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        var listing = evaluations.list(
                QueryParams.enumValue(EvaluationStatus.class, "status", status), page);
        return Pages.response(uriInfo, page, listing);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get an evaluation", description = "The ETag header is what an update's If-Match needs.")
    public Response get(@RestPath long id) {
        return evaluations.get(id).ok();
    }

    @POST
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Record an evaluation")
    public Response create(@Valid @NotNull EvaluationRequest request, @Context UriInfo uriInfo) {
        var created = evaluations.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Update an evaluation", description = "Needs If-Match with the ETag last read.")
    public Response update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull EvaluationRequest request) {
        return evaluations.update(id, ifMatch, request).ok();
    }
}
