package org.healthequity.gateway.rest;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import org.healthequity.conventions.EntityTagConditions;
import org.healthequity.conventions.HttpDates;
import org.healthequity.gateway.service.SharedCache;

/** Answers a caller from the shared cache, with the headers that say so (RFC 9111 {@code Age}, RFC 9211). */
final class CachedAnswers {

    static final String CACHE_STATUS = "Cache-Status";
    /** Headers of one exchange, never replayed from a stored answer. */
    private static final Set<String> PER_EXCHANGE = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        PER_EXCHANGE.addAll(Set.of("Content-Length", "Date", "Age", "X-Request-Id", "RateLimit", "RateLimit-Policy",
                CACHE_STATUS));
    }

    private CachedAnswers() {
    }

    static void serve(HttpServerRequest request, SharedCache.Entry entry, long now, String status) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        for (Map.Entry<String, String> header : entry.headers()) {
            if (!PER_EXCHANGE.contains(header.getKey())) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        response.headers().set(HttpHeaders.AGE, Long.toString(entry.ageSeconds(now)));
        response.headers().set(CACHE_STATUS, status);
        String condition = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        boolean notModified = condition != null ? EntityTagConditions.noneMatchFails(condition, entry.etag())
                : notModifiedSince(request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                        response.headers().get(HttpHeaders.LAST_MODIFIED));
        if (notModified) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
            return;
        }
        response.setStatusCode(entry.status()).end(entry.body());
    }

    /** If-Modified-Since counts only without If-None-Match, and only against a stored Last-Modified. */
    private static boolean notModifiedSince(String ifModifiedSince, String lastModified) {
        return ifModifiedSince != null && lastModified != null && HttpDates.parse(lastModified)
                .map(date -> HttpDates.notModifiedSince(ifModifiedSince, date, Instant.now())).orElse(false);
    }
}
