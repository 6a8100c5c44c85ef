package org.healthequity.workstreams.rest;

import java.io.InputStream;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.csv.CsvResponses;
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.workstreams.mapping.ActionPage;
import org.healthequity.workstreams.mapping.ActionRequest;
import org.healthequity.workstreams.mapping.ActionUpdateBatchRow;
import org.healthequity.workstreams.mapping.ActionUpdateBatchSummary;
import org.healthequity.workstreams.mapping.ActionUpdateRequest;
import org.healthequity.workstreams.mapping.ActionUpdateView;
import org.healthequity.workstreams.mapping.ActionView;
import org.healthequity.workstreams.mapping.BatchMode;
import org.healthequity.workstreams.mapping.BatchOptions;
import org.healthequity.workstreams.repository.ActionFilter;
import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.Rag;
import org.healthequity.workstreams.service.ActionService;
import org.healthequity.workstreams.service.ActionUpdateBatchService;
import org.healthequity.workstreams.service.BatchRows;

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Actions of workplans, owned by partner organisations, and their progress logs")
public class ActionResource {

    private final ActionService actions;
    private final ActionUpdateBatchService batches;

    ActionResource(ActionService actions, ActionUpdateBatchService batches) {
        this.actions = actions;
        this.batches = batches;
    }

    @POST
    @Path("/updates:batch")
    @Consumes({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed({ Roles.PARTNER, Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Report progress on many actions at once", description = "A JSON array of rows, or a CSV "
            + "with the columns action,date,text,status,rag,ragReason (any order and case; action and text "
            + "required). Each row is checked as one progress update is: the caller reports on the action (a "
            + "partner of its owner organisation, the workstream's leads, an admin), its workplan still takes "
            + "progress, the day is not in the future, AMBER and RED say why. Rows for one action are added in "
            + "order, the last status and RAG standing. All or nothing by default (422, each problem naming its row "
            + "and field); mode=VALID_ONLY adds the valid rows; dryRun=true checks and counts, adding nothing. At "
            + "most " + BatchRows.MAX_ROWS + " rows.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ActionUpdateBatchRow.class, maxItems = BatchRows.MAX_ROWS)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "action,date,text,status,rag,ragReason, header row first")) })
    @APIResponse(responseCode = "200", description = "Added (with VALID_ONLY, the valid rows), or a dry run's counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionUpdateBatchSummary.class)))
    public ActionUpdateBatchSummary submitUpdates(InputStream body, @RestHeader("Content-Type") String contentType,
            @RestQuery @Parameter(description = "Check and count without adding anything",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @RestQuery @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ONLY",
                    schema = @Schema(implementation = BatchMode.class)) String mode) {
        return batches.submit(body, BatchOptions.of(contentType, dryRun, mode));
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "A page of actions, or all matching actions as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "List actions across workplans", description = "Flat filters for BI tools; also as text/csv.")
    public Response list(@RestQuery @Parameter(description = "Workstream slug", example = "housing") String workstream,
            @RestQuery @Parameter(description = "Workplan id") Long workplan,
            @RestQuery @Parameter(description = "Owner organisation slug", example = "nea") String organisation,
            @RestQuery @Parameter(description = "NOT_STARTED, IN_PROGRESS, COMPLETED, BLOCKED or CANCELLED",
                    schema = @Schema(implementation = ActionStatus.class)) String status,
            @RestQuery @Parameter(description = "GREEN, AMBER or RED", schema = @Schema(implementation = Rag.class))
            String rag,
            @RestQuery @Parameter(description = "true: only overdue actions; false: only those not overdue")
            String overdue,
            @RestQuery @Parameter(description = "Changed at or after this instant or date", example = "2024-04-01")
            String updatedSince,
            @RestQuery @Parameter(description = "Only actions answering this evaluation recommendation "
                    + "(evaluation-service's id)", example = "4") Long answers,
            @RestQuery @Parameter(description = "true: only actions answering some evaluation recommendation; false: "
                    + "only those answering none") String answering,
            @RestQuery @Parameter(description = "Only actions carrying out this activity of their workstream's logic "
                    + "model (its title)", example = "SEMLEP employment skills",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 500)) String activity,
            @RestQuery @Parameter(description = "json or csv; overrides Accept") String format,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        ActionFilter filter = actions.filter(workstream, workplan, organisation,
                QueryParams.enumValue(ActionStatus.class, "status", status),
                QueryParams.enumValue(Rag.class, "rag", rag), QueryParams.bool("overdue", overdue),
                QueryParams.instant("updatedSince", updatedSince), answers,
                QueryParams.bool("answering", answering), activity);
        if (CsvResponses.wantsCsv(headers, format)) {
            return ActionCsv.of("actions.csv", actions.all(filter));
        }
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, actions.list(filter, page)).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get an action", description = "The ETag header is what an update's If-Match needs.")
    public RestResponse<ActionView> get(@RestPath long id) {
        return actions.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Update an action", description = "The workstream's leads or an admin; needs If-Match. Once "
            + "the workplan is submitted only status, rag and ragReason may change (409 naming the other fields); "
            + "once it is closed nothing may.")
    public RestResponse<ActionView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ActionRequest request) {
        return actions.update(id, ifMatch, request).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Remove an action from a draft workplan", description = "Needs If-Match.")
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        actions.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/updates")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "An action's progress log", description = "Newest first. Append-only: entries are never "
            + "changed or removed.")
    public RestResponse<Page<ActionUpdateView>> updates(@RestPath long id, @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, actions.updates(id, page));
    }

    @GET
    @Path("/{id}/updates/{updateId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One progress update")
    public ActionUpdateView progressUpdate(@RestPath long id, @RestPath long updateId) {
        return actions.update(id, updateId);
    }

    @POST
    @Path("/{id}/updates")
    @RolesAllowed({ Roles.PARTNER, Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Report progress on an action", description = "A partner of the owning organisation (its "
            + "token's organisation claim), the workstream's leads or an admin; anyone else 403. A status or RAG given "
            + "becomes the action's (AMBER and RED need a reason). Allowed until the workplan is closed. If-Match is "
            + "checked when given.")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<ActionUpdateView> addUpdate(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ActionUpdateRequest request, @Context UriInfo uriInfo) {
        ActionUpdateView created = actions.addUpdate(id, ifMatch, request);
        return RestResponse.ResponseBuilder.<ActionUpdateView>created(uriInfo.getAbsolutePathBuilder()
                .path(Long.toString(created.id())).build()).entity(created).build();
    }
}
