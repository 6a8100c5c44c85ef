package org.healthequity.evaluation.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.healthequity.common.client.RelayHeadersFilter;

/**
 * The part of workstreams-service's contract this service reads; base URL
 * {@code quarkus.rest-client.workstreams.url}.
 */
@RegisterRestClient(configKey = "workstreams")
@RegisterProvider(RelayHeadersFilter.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface WorkstreamsApi {

    @GET
    @Path("/workstreams")
    Listing<WorkstreamsData.Workstream> workstreams(@QueryParam("pageSize") int pageSize);

    /** Throws a {@code WebApplicationException} with status 404 when no workstream has the slug. */
    @GET
    @Path("/workstreams/{slug}")
    WorkstreamsData.Workstream workstream(@PathParam("slug") String slug);

    @GET
    @Path("/workstreams/{slug}/dashboard")
    WorkstreamsData.Dashboard dashboard(@PathParam("slug") String slug);

    /** Throws a {@code WebApplicationException} with status 404 when there is no such workplan. */
    @GET
    @Path("/workplans/{id}")
    WorkstreamsData.Workplan workplan(@PathParam("id") long id);

    /** Throws a {@code WebApplicationException} with status 404 when no organisation has the slug. */
    @GET
    @Path("/organisations/{slug}")
    WorkstreamsData.Organisation organisation(@PathParam("slug") String slug);

    /** One page of a listing, in the fields read here. */
    record Listing<T>(List<T> items) {
    }
}
