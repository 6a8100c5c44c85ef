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
import org.healthequity.evaluation.mapping.EvaluationRequest;
import org.healthequity.evaluation.mapping.EvaluationView;
import org.healthequity.evaluation.mapping.FindingRequest;
import org.healthequity.evaluation.mapping.FindingView;
import org.healthequity.evaluation.mapping.RecommendationRequest;
import org.healthequity.evaluation.mapping.RecommendationView;
import org.healthequity.evaluation.repository.EvaluationStatus;
import org.healthequity.evaluation.repository.FindingKind;
import org.healthequity.evaluation.repository.RecommendationFilter;
import org.healthequity.evaluation.service.EvaluationService;
import org.healthequity.evaluation.service.FindingService;
import org.healthequity.evaluation.service.RecommendationService;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Evaluations of the health equity work and their aims")
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final FindingService findings;
    private final RecommendationService recommendations;

    EvaluationResource(EvaluationService evaluations, FindingService findings,
            RecommendationService recommendations) {
        this.evaluations = evaluations;
        this.findings = findings;
        this.recommendations = recommendations;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List evaluations")
    public RestResponse<Page<EvaluationView>> list(@RestQuery @Parameter(description = "Only evaluations with this "
            + "status", schema = @Schema(implementation = EvaluationStatus.class)) String status,
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
    public RestResponse<EvaluationView> get(@RestPath long id) {
        return evaluations.get(id).ok();
    }

    @POST
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Record an evaluation")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<EvaluationView> create(@Valid @NotNull EvaluationRequest request, @Context UriInfo uriInfo) {
        var created = evaluations.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Update an evaluation", description = "Needs If-Match with the ETag last read.")
    public RestResponse<EvaluationView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull EvaluationRequest request) {
        return evaluations.update(id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id}/findings")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "An evaluation's findings")
    public RestResponse<Page<FindingView>> findings(@RestPath long id,
            @RestQuery @Parameter(description = "OPPORTUNITY, CHALLENGE or INSIGHT",
                    schema = @Schema(implementation = FindingKind.class)) String kind,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, findings.ofEvaluation(id,
                QueryParams.enumValue(FindingKind.class, "kind", kind), page));
    }

    @POST
    @Path("/{id}/findings")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Record a finding of an evaluation")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<FindingView> addFinding(@RestPath long id, @Valid @NotNull FindingRequest request,
            @Context UriInfo uriInfo) {
        var created = findings.create(id, request);
        return created.created(uriInfo.getBaseUriBuilder().path("api/v1/findings")
                .path(Long.toString(created.body().id())).build());
    }

    @GET
    @Path("/{id}/recommendations")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "An evaluation's recommendations", description = "Each with its current status.")
    public RestResponse<Page<RecommendationView>> recommendations(@RestPath long id, @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, recommendations.list(
                RecommendationFilter.ofEvaluation(evaluations.find(id)), page));
    }

    @POST
    @Path("/{id}/recommendations")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Record a recommendation of an evaluation", description = "It starts PROPOSED. The owner "
            + "organisation and workstream slugs are checked with workstreams-service (422 naming an unknown one; 503 "
            + "with nothing saved when it cannot answer).")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<RecommendationView> addRecommendation(@RestPath long id,
            @Valid @NotNull RecommendationRequest request,
            @Context UriInfo uriInfo) {
        var created = recommendations.create(id, request);
        return created.created(uriInfo.getBaseUriBuilder().path("api/v1/recommendations")
                .path(Long.toString(created.body().id())).build());
    }
}
