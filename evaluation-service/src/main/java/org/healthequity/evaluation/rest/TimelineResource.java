package org.healthequity.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.TimelineRequest;
import org.healthequity.evaluation.mapping.TimelineView;
import org.healthequity.evaluation.service.TimelineService;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "The programme's milestones and its board's decisions, a log")
public class TimelineResource {

    private final TimelineService timeline;

    TimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The timeline and governance log, oldest first")
    public RestResponse<Page<TimelineView>> list(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, timeline.list(page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One milestone or decision")
    public TimelineView get(@RestPath long id) {
        return timeline.get(id);
    }

    @POST
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Add a milestone or a decision", description = "Entries are never changed: a log. A "
            + "DECISION may name who decided, the workplan it signed off (checked with workstreams-service: 422 "
            + "when unknown, 503 with nothing saved when it cannot answer) and the recommendation whose move it "
            + "made; a MILESTONE names none of them (422).")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public Response add(@Valid @NotNull TimelineRequest request, @Context UriInfo uriInfo) {
        TimelineView added = timeline.add(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }
}
