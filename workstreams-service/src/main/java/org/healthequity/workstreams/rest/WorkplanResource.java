package org.healthequity.workstreams.rest;

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
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.workstreams.mapping.ActionPage;
import org.healthequity.workstreams.mapping.ActionRequest;
import org.healthequity.workstreams.mapping.ActionView;
import org.healthequity.workstreams.mapping.TransitionRequest;
import org.healthequity.workstreams.mapping.TransitionView;
import org.healthequity.workstreams.mapping.WorkplanRequest;
import org.healthequity.workstreams.mapping.WorkplanView;
import org.healthequity.workstreams.repository.ActionFilter;
import org.healthequity.workstreams.service.ActionService;
import org.healthequity.workstreams.service.WorkplanService;

@Path("/api/v1/workplans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans", description = "Workplans per workstream and financial year, their actions and sign-off")
public class WorkplanResource {

    private final WorkplanService workplans;
    private final ActionService actions;

    WorkplanResource(WorkplanService workplans, ActionService actions) {
        this.workplans = workplans;
        this.actions = actions;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a workplan", description = "With the transitions its status allows now.")
    public RestResponse<WorkplanView> get(@RestPath long id) {
        return workplans.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Change a draft workplan's title and priorities", description = "Needs If-Match. Once "
            + "submitted a workplan's content is read-only (409).")
    public RestResponse<WorkplanView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull WorkplanRequest request) {
        return workplans.update(id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id}/actions")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "A page of the workplan's actions, or all of them as CSV",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "List a workplan's actions", description = "Also as text/csv.")
    public Response actions(@RestPath long id, @RestQuery @Parameter(description = "json or csv; overrides Accept")
            String format, @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        ActionFilter filter = ActionFilter.ofWorkplan(workplans.find(id));
        if (CsvResponses.wantsCsv(headers, format)) {
            return ActionCsv.of("workplan-" + id + "-actions.csv", actions.all(filter));
        }
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, actions.list(filter, page)).toResponse();
    }

    @POST
    @Path("/{id}/actions")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Add an action to a draft workplan", description = "The workstream's leads or an admin.")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<ActionView> addAction(@RestPath long id, @Valid @NotNull ActionRequest request,
            @Context UriInfo uriInfo) {
        var created = actions.create(id, request);
        return created.created(uriInfo.getBaseUriBuilder().path("api/v1/actions")
                .path(Long.toString(created.body().id())).build());
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A workplan's status history", description = "Oldest first.")
    public List<TransitionView> transitions(@RestPath long id) {
        return workplans.transitions(id);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Move a workplan's status", description = "SUBMIT (DRAFT to SUBMITTED, leads, at least one "
            + "action), SIGN_OFF (SUBMITTED to SIGNED_OFF, admin), RETURN (SUBMITTED to DRAFT with a comment, admin), "
            + "CLOSE (SIGNED_OFF to CLOSED, leads). Any other move is a 409. If-Match is checked when given.")
    public RestResponse<WorkplanView> transition(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return workplans.transition(id, ifMatch, request).ok();
    }
}
