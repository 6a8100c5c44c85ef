package org.healthequity.evaluation.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

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

    /** 304 when {@code ifNoneMatch} (null to send none) names the current list; so for the dashboard. */
    @GET
    @Path("/workstreams")
    RestResponse<Listing<WorkstreamsData.Workstream>> workstreams(@QueryParam("pageSize") int pageSize,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** Throws a {@code WebApplicationException} with status 404 when no workstream has the slug. */
    @GET
    @Path("/workstreams/{slug}")
    WorkstreamsData.Workstream workstream(@PathParam("slug") String slug);

    @GET
    @Path("/workstreams/{slug}/dashboard")
    RestResponse<WorkstreamsData.Dashboard> dashboard(@PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** A page of actions: answering one evaluation recommendation, or (answering) any; 304 as the list. */
    @GET
    @Path("/actions")
    RestResponse<Listing<WorkstreamsData.AnsweringAction>> actions(@QueryParam("answers") Long answers,
            @QueryParam("answering") Boolean answering, @QueryParam("page") int page,
            @QueryParam("pageSize") int pageSize, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

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
