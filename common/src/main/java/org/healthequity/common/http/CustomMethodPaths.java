package org.healthequity.common.http;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Custom methods named with a colon ({@code POST /api/v1/kpis/actuals:batch}) reached however the client writes the
 * colon: many HTTP libraries send it percent-encoded ({@code actuals%3Abatch}), and operations are matched on the
 * path as sent, so the encoded form would miss the operation and answer 404.
 */
@Singleton
public class CustomMethodPaths {

    private static final Pattern ENCODED_COLON = Pattern.compile("%3[Aa]");

    @ServerRequestFilter(preMatching = true)
    public void decodeColons(ContainerRequestContext request) {
        URI asked = request.getUriInfo().getRequestUri();
        String path = asked.getRawPath();
        if (path != null && path.indexOf('%') >= 0 && ENCODED_COLON.matcher(path).find()) {
            request.setRequestUri(UriBuilder.fromUri(asked)
                    .replacePath(ENCODED_COLON.matcher(path).replaceAll(":")).build());
        }
    }
}
