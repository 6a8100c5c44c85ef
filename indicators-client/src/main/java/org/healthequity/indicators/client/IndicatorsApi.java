package org.healthequity.indicators.client;

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

    /**
     * The latest two periods of every indicator for the area, compared with England and the region; 304 when
     * {@code ifNoneMatch} (null to send none) names the current one.
     */
    @GET
    @Path("/scorecards/{areaCode}")
    RestResponse<Scorecard> scorecard(@PathParam("areaCode") String areaCode,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** Each indicator's change since the default baseline against England and the region; 304 as above. */
    @GET
    @Path("/scorecards/{areaCode}/change")
    RestResponse<ChangeSinceBaseline> change(@PathParam("areaCode") String areaCode,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** The Marmot principles, 0 (overarching) to 8, in order: one page of them; 304 as for the scorecard. */
    @GET
    @Path("/principles")
    RestResponse<Principles> principles(@QueryParam("pageSize") int pageSize,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** A page of principles, in the fields read. */
    record Principles(List<PrincipleSummary> items) {
    }
}
