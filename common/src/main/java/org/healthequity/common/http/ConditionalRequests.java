package org.healthequity.common.http;

import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.healthequity.common.problem.ApiException;
import org.healthequity.conventions.EntityTagConditions;

/**
 * Conditional reads and the caching policy of every GET, so that a BI tool's scheduled refresh costs a 304 instead
 * of the data again. A read whose answer carries a strong ETag (the stored version it was built from) is answered
 * 304 Not Modified, without writing its body, when {@code If-None-Match} names that tag (or {@code *}); a
 * malformed {@code If-None-Match} is a 400 naming it. Open data (a 200 to a caller without a token) may be kept by
 * shared caches for {@code hes.http.cache.max-age} and served stale while revalidating for
 * {@code hes.http.cache.stale-while-revalidate}; anything read with a token is {@code private, no-cache}. An answer
 * without a tag of its own is tagged by its content ({@link ContentTags}).
 */
@Singleton
public class ConditionalRequests {

    public static final String IF_NONE_MATCH = "If-None-Match";
    /** {@code *} or a list of entity tags, weak or strong (RFC 9110 §13.1.2); nothing else. */
    private static final Pattern TAGS = Pattern.compile("\\s*(\\*|(W/)?\"[\\x21\\x23-\\x7E]*\"(\\s*,\\s*(W/)?"
            + "\"[\\x21\\x23-\\x7E]*\")*)\\s*");
    private static final int MAX_LENGTH = 2048;

    private final String openDataPolicy;
    private final ContentTags contentTags;

    @Inject
    ConditionalRequests(@ConfigProperty(name = "hes.http.cache.max-age", defaultValue = "PT1M") Duration maxAge,
            @ConfigProperty(name = "hes.http.cache.stale-while-revalidate", defaultValue = "PT5M")
            Duration staleWhileRevalidate, ContentTags contentTags) {
        this.contentTags = contentTags;
        this.openDataPolicy = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate="
                + staleWhileRevalidate.toSeconds();
    }

    @ServerRequestFilter
    public void refuseMalformedConditions(ContainerRequestContext request) {
        String condition = request.getHeaderString(IF_NONE_MATCH);
        if (condition != null && (condition.length() > MAX_LENGTH || !TAGS.matcher(condition).matches())) {
            throw ApiException.badParameter(IF_NONE_MATCH, "If-None-Match takes * or entity tags in quotes, "
                    + "such as \"12\", comma-separated");
        }
    }

    @ServerResponseFilter
    public void answerConditionally(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD) || response.getStatus() != 200) {
            return;
        }
        boolean open = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, open ? openDataPolicy : "private, no-cache");
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Authorization");
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (tag == null) {
            // The data version's tag, when the read has one, is what the next request is checked against first.
            Object versioned = request.getProperty(DataVersionTags.TAG);
            tag = versioned != null ? versioned : contentTags.of(response.getEntity());
            if (tag != null) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            }
        }
        String condition = request.getHeaderString(IF_NONE_MATCH);
        if (tag != null && condition != null && matches(condition, tag.toString())) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.LINK);
        }
    }

    /** If-None-Match compares weakly: {@code W/"3"} matches {@code "3"}. */
    static boolean matches(String condition, String entityTag) {
        return EntityTagConditions.noneMatchFails(condition, entityTag);
    }
}
