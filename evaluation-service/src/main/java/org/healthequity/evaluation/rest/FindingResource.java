package org.healthequity.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.FindingRequest;
import org.healthequity.evaluation.mapping.FindingView;
import org.healthequity.evaluation.repository.FindingKind;
import org.healthequity.evaluation.service.FindingService;

@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings", description = "What evaluations found: opportunities, challenges and insights")
public class FindingResource {

    private final FindingService findings;

    FindingResource(FindingService findings) {
        this.findings = findings;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List findings", description = "Record one with POST /api/v1/evaluations/{id}/findings.")
    public RestResponse<Page<FindingView>> list(@RestQuery @Parameter(description = "Evaluation id") String evaluation,
            @RestQuery @Parameter(description = "OPPORTUNITY, CHALLENGE or INSIGHT",
                    schema = @Schema(implementation = FindingKind.class)) String kind,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        Integer evaluationId = QueryParams.integer("evaluation", evaluation);
        return Pages.response(uriInfo, page, findings.search(evaluationId == null ? null : evaluationId.longValue(),
                QueryParams.enumValue(FindingKind.class, "kind", kind), page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a finding")
    public RestResponse<FindingView> get(@RestPath long id) {
        return findings.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Update a finding", description = "Needs If-Match.")
    public RestResponse<FindingView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull FindingRequest request) {
        return findings.update(id, ifMatch, request).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Remove a finding", description = "Needs If-Match.")
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        findings.delete(id, ifMatch);
    }
}
