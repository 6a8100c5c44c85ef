package org.healthequity.workstreams.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.healthequity.common.client.RelayHeadersFilter;

/**
 * The part of evaluation-service's contract this service reads; base URL {@code quarkus.rest-client.evaluation.url}.
 */
@RegisterRestClient(configKey = "evaluation")
@RegisterProvider(RelayHeadersFilter.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface EvaluationApi {

    /** Throws a {@code WebApplicationException} with status 404 when no recommendation has the id. */
    @GET
    @Path("/recommendations/{id}")
    Recommendation recommendation(@PathParam("id") long id);

    /** An evaluation recommendation, in the fields read. */
    record Recommendation(long id, String workstream, Integer principle, String status) {
    }
}
