package org.healthequity.indicators.client;

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
 * The part of indicators-service's contract the other services read. Each caller wraps it in its own timeout,
 * retry and circuit breaker, because each degrades differently when indicators-service is away; its base URL is
 * {@code quarkus.rest-client.indicators.url}.
 */
@RegisterRestClient(configKey = "indicators")
@RegisterProvider(RelayHeadersFilter.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IndicatorsApi {

    /** Throws a {@code WebApplicationException} with status 404 when no indicator has the id. */
    @GET
    @Path("/indicators/{id}")
    IndicatorSummary indicator(@PathParam("id") int id);

    /** The latest two periods of every indicator for the area, compared with England and the region. */
    @GET
    @Path("/scorecards/{areaCode}")
    Scorecard scorecard(@PathParam("areaCode") String areaCode);

    /** The Marmot principles, 0 (overarching) to 8, in order: one page of them. */
    @GET
    @Path("/principles")
    Principles principles(@QueryParam("pageSize") int pageSize);

    /** A page of principles, in the fields read. */
    record Principles(List<PrincipleSummary> items) {
    }
}
