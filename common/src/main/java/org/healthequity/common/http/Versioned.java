package org.healthequity.common.http;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** A representation together with the row version its ETag comes from. */
public record Versioned<T>(T body, long version) {

    public Response ok() {
        return Response.ok(body).tag(EntityTags.of(version)).build();
    }

    public Response created(URI location) {
        return Response.created(location).entity(body).tag(EntityTags.of(version)).build();
    }
}
