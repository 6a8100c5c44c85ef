package org.healthequity.evaluation.rest;

import java.util.Arrays;
import java.util.List;

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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.csv.CsvResponses;
import org.healthequity.common.http.ComposedRead;
import org.healthequity.common.http.ComposedTags;
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.AnsweringActionsView;
import org.healthequity.evaluation.mapping.RecommendationPage;
import org.healthequity.evaluation.mapping.RecommendationRequest;
import org.healthequity.evaluation.mapping.RecommendationView;
import org.healthequity.evaluation.mapping.StatusChangeView;
import org.healthequity.evaluation.mapping.TransitionRequest;
import org.healthequity.evaluation.repository.RecommendationFilter;
import org.healthequity.evaluation.repository.RecommendationStatus;
import org.healthequity.evaluation.service.DeliveryService;
import org.healthequity.evaluation.service.RecommendationService;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Evaluation recommendations tracked to done, with their status history")
public class RecommendationResource {

    private static final List<String> HEADER = List.of("Recommendation ID", "Evaluation ID", "Recommendation",
            "Owner organisation", "Due date", "Principle", "Workstream", "Status", "Status date", "Status reason",
            "Overdue", "Updated at", "Updated by");

    private final RecommendationService recommendations;
    private final DeliveryService delivery;
    private final ComposedTags composedTags;

    RecommendationResource(RecommendationService recommendations, DeliveryService delivery,
            ComposedTags composedTags) {
        this.recommendations = recommendations;
        this.delivery = delivery;
        this.composedTags = composedTags;
    }

    @GET
    @ComposedRead
    @Path("/{id}/actions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The workplan actions answering a recommendation", description = "Read from "
            + "workstreams-service: the actions whose answersRecommendations name it, so a recommendation can be "
            + "followed to the work done about it. available is false, with the reason, when workstreams-service "
            + "cannot answer.")
    @APIResponse(responseCode = "200", description = "The actions answering it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnsweringActionsView.class)))
    public Response actions(@RestPath long id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return composedTags.answer(uriInfo, headers, () -> {
            AnsweringActionsView view = delivery.answering(id);
            return new ComposedTags.Built(Response.ok(view), view);
        });
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "A page of recommendations, or all matching ones as CSV",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "List recommendations with their current status", description = "Flat filters for BI tools; "
            + "also as text/csv. Record one with POST /api/v1/evaluations/{id}/recommendations.")
    public Response list(@RestQuery @Parameter(description = "Evaluation id") String evaluation,
            @RestQuery @Parameter(description = "PROPOSED, ACCEPTED, IN_PROGRESS, IMPLEMENTED or NOT_TAKEN_FORWARD",
                    schema = @Schema(implementation = RecommendationStatus.class)) String status,
            @RestQuery @Parameter(description = "Owner organisation slug", example = "lbc") String organisation,
            @RestQuery @Parameter(description = "Workstream slug", example = "housing") String workstream,
            @RestQuery @Parameter(description = "Marmot principle, 0 to 8") String principle,
            @RestQuery @Parameter(description = "true: only those past their due date and not done") String overdue,
            @RestQuery @Parameter(description = "json or csv; overrides Accept") String format,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        RecommendationFilter filter = recommendations.filter(QueryParams.integer("evaluation", evaluation),
                QueryParams.enumValue(RecommendationStatus.class, "status", status), organisation, workstream,
                QueryParams.integer("principle", principle), QueryParams.bool("overdue", overdue));
        if (CsvResponses.wantsCsv(headers, format)) {
            List<RecommendationView> all = recommendations.all(filter);
            return CsvResponses.stream("recommendations.csv", csv -> {
                csv.row(HEADER);
                all.forEach(item -> csv.row(Arrays.asList(item.id(), item.evaluationId(), item.text(),
                        item.ownerOrganisation(), item.dueDate(), item.principle(), item.workstream(), item.status(),
                        item.statusDate(), item.statusReason(), item.overdue(), item.updatedAt(), item.updatedBy())));
            });
        }
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, recommendations.list(filter, page)).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a recommendation", description = "With the statuses it may move to now.")
    public RestResponse<RecommendationView> get(@RestPath long id) {
        return recommendations.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Update a recommendation's content", description = "Needs If-Match. The status changes only "
            + "through transitions.")
    public RestResponse<RecommendationView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull RecommendationRequest request) {
        return recommendations.update(id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id}/status-history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A recommendation's dated status history", description = "Oldest first; append-only.")
    public List<StatusChangeView> history(@RestPath long id) {
        return recommendations.history(id);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Move a recommendation's status", description = "PROPOSED to ACCEPTED to IN_PROGRESS to "
            + "IMPLEMENTED, one step at a time, or to NOT_TAKEN_FORWARD with a reason from any step before "
            + "IMPLEMENTED. Any other move is a 409. The date defaults to today, cannot be in the future or before "
            + "the last change. If-Match is checked when given.")
    public RestResponse<RecommendationView> transition(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return recommendations.transition(id, ifMatch, request).ok();
    }
}
