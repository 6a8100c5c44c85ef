package org.healthequity.common.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.healthequity.common.http.RequestIds;
import org.healthequity.common.security.Caller;

/**
 * On every call one service makes to another: relay the caller's bearer token, so that the other service applies
 * the same user's rights, and the request id, so that both services' logs tell one story.
 */
@Provider
public class RelayHeadersFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String requestId = RequestIds.current();
        if (requestId != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
        if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            Caller.currentBearerToken()
                    .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        }
    }
}
