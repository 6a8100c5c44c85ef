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
import org.healthequity.workstreams.mapping.LogicModelView;
import org.healthequity.workstreams.repository.LogicModelContent;
import org.healthequity.workstreams.repository.LogicModelStatus;
import org.healthequity.workstreams.service.LogicModelService;

@Path("/api/v1/workstreams/{slug}/logic-models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Logic models", description = "A workstream's logic model as a line of versions: drafts, the approved "
        + "version in force, and those it superseded")
public class LogicModelResource {

    private final LogicModelService models;

    LogicModelResource(LogicModelService models) {
        this.models = models;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the versions", description = "Newest first.")
    public RestResponse<Page<LogicModelView>> list(@RestPath String slug,
            @RestQuery @Parameter(description = "DRAFT, APPROVED or SUPERSEDED",
                    schema = @Schema(implementation = LogicModelStatus.class)) String status,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, models.list(slug,
                QueryParams.enumValue(LogicModelStatus.class, "status", status), page));
    }

    @GET
    @Path("/current")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The approved version in force")
    public RestResponse<LogicModelView> current(@RestPath String slug) {
        return models.current(slug).ok();
    }

    @GET
    @Path("/{version: \\d+}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One version", description = "Every version stays readable.")
    public RestResponse<LogicModelView> get(@RestPath String slug, @RestPath int version) {
        return models.get(slug, version).ok();
    }

    @POST
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Start a draft", description = "The first version, or the next after the approved one; a 409 "
            + "if a draft exists. Lead organisations and output KPIs must exist here, and outcome indicator ids in "
            + "indicators-service (422 naming each unknown one; 503 when indicators-service cannot be asked, with "
            + "nothing saved).")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "true")
    public RestResponse<LogicModelView> create(@RestPath String slug, @Valid @NotNull LogicModelContent content,
            @Context UriInfo uriInfo) {
        var saved = models.create(slug, content);
        return saved.model().created(uriInfo.getAbsolutePathBuilder()
                .path(Integer.toString(saved.model().body().version())).build());
    }

    @PUT
    @Path("/{version: \\d+}")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Edit the latest version", description = "A draft changes in place (200). An approved "
            + "version stays as approved and the edit becomes the next draft version (201 with its Location). Older "
            + "versions cannot change (409). Needs If-Match; references are checked as on creation.")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "also")
    public RestResponse<LogicModelView> update(@RestPath String slug, @RestPath int version,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull LogicModelContent content, @Context UriInfo uriInfo) {
        var saved = models.update(slug, version, ifMatch, content);
        if (!saved.created()) {
            return saved.model().ok();
        }
        return saved.model().created(uriInfo.getBaseUriBuilder().path("api/v1/workstreams").path(slug)
                .path("logic-models").path(Integer.toString(saved.model().body().version())).build());
    }

    @POST
    @Path("/{version: \\d+}/approval")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Approve a draft", description = "The approved version in force becomes SUPERSEDED. Needs "
            + "If-Match; references are checked again, indicators-service included.")
    public RestResponse<LogicModelView> approve(@RestPath String slug, @RestPath int version,
            @RestHeader("If-Match") @Parameter(required = true, description = "The draft's ETag") String ifMatch) {
        return models.approve(slug, version, ifMatch).ok();
    }
}
