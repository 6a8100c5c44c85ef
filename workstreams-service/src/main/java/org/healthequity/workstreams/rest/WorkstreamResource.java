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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.http.ComposedTags;
import org.healthequity.common.http.ComposedRead;
import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.workstreams.mapping.DashboardView;
import org.healthequity.workstreams.mapping.KpiRequest;
import org.healthequity.workstreams.mapping.KpiView;
import org.healthequity.workstreams.mapping.WorkplanRequest;
import org.healthequity.workstreams.mapping.WorkplanView;
import org.healthequity.workstreams.mapping.WorkstreamRequest;
import org.healthequity.workstreams.mapping.WorkstreamView;
import org.healthequity.workstreams.repository.WorkplanStatus;
import org.healthequity.workstreams.repository.WorkstreamStatus;
import org.healthequity.workstreams.service.DashboardService;
import org.healthequity.workstreams.service.KpiService;
import org.healthequity.workstreams.service.WorkplanService;
import org.healthequity.workstreams.service.WorkstreamService;

@Path("/api/v1/workstreams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workstreams", description = "The priority workstreams, their workplans, KPIs and dashboards")
public class WorkstreamResource {

    private final WorkstreamService workstreams;
    private final WorkplanService workplans;
    private final KpiService kpis;
    private final DashboardService dashboards;
    private final ComposedTags composedTags;

    WorkstreamResource(WorkstreamService workstreams, WorkplanService workplans, KpiService kpis,
            DashboardService dashboards, ComposedTags composedTags) {
        this.composedTags = composedTags;
        this.workstreams = workstreams;
        this.workplans = workplans;
        this.kpis = kpis;
        this.dashboards = dashboards;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the workstreams")
    public RestResponse<Page<WorkstreamView>> list(@RestQuery @Parameter(description = "ACTIVE, PAUSED or "
            + "CLOSED", schema = @Schema(implementation = WorkstreamStatus.class)) String status,
            @RestQuery @Parameter(description = "Only workstreams serving this Marmot principle, 0 to "
                    + "8") String principle,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, workstreams.list(QueryParams.enumValue(WorkstreamStatus.class, "status",
                status), QueryParams.integer("principle", principle), page));
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a workstream", description = "The ETag header is what an update's If-Match needs.")
    public RestResponse<WorkstreamView> get(@RestPath String slug) {
        return workstreams.get(slug).ok();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a workstream")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<WorkstreamView> create(@Valid @NotNull WorkstreamRequest request, @Context UriInfo uriInfo) {
        var created = workstreams.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(created.body().slug()).build());
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Update a workstream", description = "Its leads or an admin. Needs If-Match.")
    public RestResponse<WorkstreamView> update(@RestPath String slug, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull WorkstreamRequest request) {
        return workstreams.update(slug, ifMatch, request).ok();
    }

    @GET
    @Path("/{slug}/workplans")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List a workstream's workplans", description = "Newest year first.")
    public RestResponse<Page<WorkplanView>> workplans(@RestPath String slug,
            @RestQuery @Parameter(description = "DRAFT, SUBMITTED, SIGNED_OFF or CLOSED",
                    schema = @Schema(implementation = WorkplanStatus.class)) String status,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, workplans.list(slug,
                QueryParams.enumValue(WorkplanStatus.class, "status", status), page));
    }

    @POST
    @Path("/{slug}/workplans")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Draft a workplan for a financial year", description = "Its leads or an admin; one per year.")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<WorkplanView> createWorkplan(@RestPath String slug, @Valid @NotNull WorkplanRequest request,
            @Context UriInfo uriInfo) {
        var created = workplans.create(slug, request);
        return created.created(uriInfo.getBaseUriBuilder().path("api/v1/workplans")
                .path(Long.toString(created.body().id())).build());
    }

    @GET
    @Path("/{slug}/kpis")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List a workstream's KPIs", description = "Each with its latest RAG.")
    public RestResponse<Page<KpiView>> kpis(@RestPath String slug, @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, kpis.ofWorkstream(slug, page));
    }

    @POST
    @Path("/{slug}/kpis")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Define a KPI", description = "Its leads or an admin. Targets are set with PUT "
            + "/api/v1/kpis/{id}/targets.")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<KpiView> createKpi(@RestPath String slug, @Valid @NotNull KpiRequest request,
            @Context UriInfo uriInfo) {
        var created = kpis.create(slug, request);
        return created.created(uriInfo.getBaseUriBuilder().path("api/v1/kpis")
                .path(Long.toString(created.body().id())).build());
    }

    @GET
    @ComposedRead
    @Path("/{slug}/dashboard")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A workstream's dashboard", description = "Actions of the current workplan by status and "
            + "RAG, overdue actions, each KPI's latest RAG, and the latest home-area values of the logic model's "
            + "outcome indicators from indicators-service. If indicators-service cannot answer, outcomes.available "
            + "is false and the rest still answers. Its ETag follows this service's data and indicators-service's "
            + "scorecard: a refresh with If-None-Match is answered 304 without building it while neither changed.")
    @APIResponse(responseCode = "200", description = "The dashboard", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardView.class)))
    public Response dashboard(@RestPath String slug, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return composedTags.answer(uriInfo, headers, () -> {
            DashboardView dashboard = dashboards.build(slug);
            // When indicators-service cannot say, tagged by what it shows, not when it was built.
            return new ComposedTags.Built(Response.ok(dashboard), dashboard.undated());
        });
    }
}
