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

import org.healthequity.indicators.repository.AreaType;
import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.indicators.mapping.GoalView;
import org.healthequity.indicators.mapping.IndicatorRequest;
import org.healthequity.indicators.mapping.IndicatorView;
import org.healthequity.indicators.mapping.PeerDistributionView;
import org.healthequity.indicators.service.DistributionService;
import org.healthequity.indicators.service.GoalService;
import org.healthequity.indicators.service.IndicatorService;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Outcome indicators per Marmot principle and how their values are judged")
public class IndicatorResource {

    private final IndicatorService indicators;
    private final DistributionService distributions;
    private final GoalService goals;

    IndicatorResource(IndicatorService indicators, DistributionService distributions, GoalService goals) {
        this.indicators = indicators;
        this.distributions = distributions;
        this.goals = goals;
    }

    @GET
    @Path("/{id}/goals")
    @PermitAll
    @Operation(summary = "The indicator's goals per area", description = "Open data. A goal is a value to reach by "
            + "a period; scorecards and the CSV export compare values with the first goal due at or after their "
            + "period (the last one due once all have passed). The ETag is the indicator's.")
    public RestResponse<GoalView.Goals> goals(@RestPath int id) {
        return goals.goals(id).ok();
    }

    @PUT
    @Path("/{id}/goals")
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Replace the indicator's goals", description = "Needs If-Match with the indicator's ETag; "
            + "the indicator gets a new one.")
    public RestResponse<GoalView.Goals> replaceGoals(@RestPath int id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull GoalView.Goals request) {
        return goals.replace(id, ifMatch, request).ok();
    }

    @GET
    @PermitAll
    @Operation(summary = "List indicators", description = "Open data: no token needed.")
    public RestResponse<Page<IndicatorView>> list(@RestQuery @Parameter(description = "Marmot principle, 0 to 8",
            example = "1") String principle,
            @RestQuery @Parameter(description = "Text in the name or definition", example = "mortality") String q,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, indicators.list(QueryParams.integer("principle", principle), q, page));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an indicator")
    public RestResponse<IndicatorView> get(@RestPath int id) {
        return indicators.get(id).ok();
    }

    @GET
    @Path("/{id}/distribution")
    @PermitAll
    @Operation(summary = "How the indicator's values spread across peer areas", description = "Open data "
            + "(published values). For a spine chart or box plot: the count, minimum, Q1, median, Q3 and maximum of "
            + "the Persons values of the areas of one type under an ancestor (England by default) or in an area "
            + "group, for one period (the latest by default), as FingertipsNext computes them; and where the "
            + "asked-for area falls.")
    public PeerDistributionView distribution(@RestPath int id,
            @RestQuery @Parameter(description = "COUNTY_UA, DISTRICT_UA, REGION, WARD…; the area's own by default",
                    example = "COUNTY_UA", schema = @Schema(implementation = AreaType.class)) String areaType,
            @RestQuery @Parameter(description = "Peers under this area; England by default", example = "E12000006")
            String parent,
            @RestQuery @Parameter(description = "Peers in this area group instead") String group,
            @RestQuery @Parameter(description = "A period label, or latest (the default)", example = "2022")
            String period,
            @RestQuery @Parameter(description = "An area to place among its peers", example = "E06000032")
            String area) {
        return distributions.build(id, areaType, parent, group, period, area);
    }

    @POST
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Define an indicator", description = "Give the Fingertips id, or leave it out for the next "
            + "local id (900000 and above).")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<IndicatorView> create(@Valid @NotNull IndicatorRequest request, @Context UriInfo uriInfo) {
        var created = indicators.create(request);
        return created.created(uriInfo.getAbsolutePathBuilder().path(Integer.toString(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Change an indicator's definition", description = "Needs If-Match with the ETag last read.")
    public RestResponse<IndicatorView> update(@RestPath int id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull IndicatorRequest request) {
        return indicators.update(id, ifMatch, request).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Delete an indicator that has no observations")
    public void delete(@RestPath int id, @RestHeader("If-Match") String ifMatch) {
        indicators.delete(id, ifMatch);
    }
}
