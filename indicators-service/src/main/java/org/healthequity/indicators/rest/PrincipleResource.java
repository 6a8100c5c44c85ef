package org.healthequity.indicators.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.indicators.mapping.PrincipleView;
import org.healthequity.indicators.service.PrincipleService;

@Path("/api/v1/principles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Principles", description = "The Marmot principles that group the outcome indicators")
@PermitAll
public class PrincipleResource {

    private final PrincipleService principles;

    PrincipleResource(PrincipleService principles) {
        this.principles = principles;
    }

    @GET
    @Operation(summary = "List the principles", description = "Open data: no token needed.")
    public RestResponse<Page<PrincipleView>> list(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, principles.list(page), principles.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one principle")
    public PrincipleView get(@RestPath int id) {
        return principles.get(id);
    }
}
