package org.healthequity.common.http;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/** A representation together with the row version its ETag comes from. */
public record Versioned<T>(T body, long version) {

    public RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body).tag(EntityTags.of(version)).build();
    }

    public RestResponse<T> created(URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(EntityTags.of(version)).build();
    }
}
