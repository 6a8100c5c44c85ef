package org.healthequity.workstreams.rest;

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

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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

import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.csv.CsvResponses;
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.workstreams.mapping.CoverageView;
import org.healthequity.workstreams.mapping.RecommendationRequest;
import org.healthequity.workstreams.mapping.RecommendationView;
import org.healthequity.workstreams.mapping.ReportRecommendationPage;
import org.healthequity.workstreams.service.ReportRecommendationService;

@Path("/api/v1/report-recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Report recommendations", description = "The Marmot report's recommendations, mapped to workstreams and "
        + "answered by actions")
public class ReportRecommendationResource {

    private static final List<String> HEADER = List.of("Code", "Principle", "Recommendation", "Workstreams",
            "Answered", "Updated at", "Updated by");

    private final ReportRecommendationService recommendations;

    ReportRecommendationResource(ReportRecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "A page of recommendations, or all matching ones as CSV",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportRecommendationPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "List the report's recommendations", description = "By principle and code; also as text/csv.")
    public Response list(@RestQuery @Parameter(description = "Marmot principle, 0 to 8") String principle,
            @RestQuery @Parameter(description = "Only those mapped to this workstream") String workstream,
            @RestQuery @Parameter(description = "true: only those an action answers; false: only those none answers")
            String answered,
            @RestQuery @Parameter(description = "json or csv; overrides Accept") String format,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Integer principleNumber = QueryParams.integer("principle", principle);
        Boolean isAnswered = QueryParams.bool("answered", answered);
        if (CsvResponses.wantsCsv(headers, format)) {
            var all = recommendations.all(principleNumber, workstream, isAnswered);
            return CsvResponses.stream("report-recommendations.csv", csv -> {
                csv.row(HEADER);
                all.forEach(item -> csv.row(Arrays.asList(item.code(), item.principle(), item.text(),
                        String.join(";", item.workstreams()), item.answered(), item.updatedAt(), item.updatedBy())));
            });
        }
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, recommendations.list(principleNumber, workstream, isAnswered, page))
                .toResponse();
    }

    @GET
    @Path("/coverage")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Which recommendations actions answer", description = "Totals per principle, and every "
            + "recommendation that no action (other than a cancelled one) answers.")
    public CoverageView coverage() {
        return recommendations.coverage();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a recommendation")
    public RestResponse<RecommendationView> get(@RestPath String code) {
        return recommendations.get(code).ok();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a recommendation of the report")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<RecommendationView> create(@Valid @NotNull RecommendationRequest request,
            @Context UriInfo uriInfo) {
        var created = recommendations.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(created.body().code()).build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update a recommendation and its workstream mapping", description = "Needs If-Match.")
    public RestResponse<RecommendationView> update(@RestPath String code, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull RecommendationRequest request) {
        return recommendations.update(code, ifMatch, request).ok();
    }
}
