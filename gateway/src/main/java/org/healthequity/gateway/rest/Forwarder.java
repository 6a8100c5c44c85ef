package org.healthequity.gateway.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.core.streams.ReadStream;

import org.healthequity.conventions.ProblemType;
import org.healthequity.gateway.client.Upstreams;
import org.healthequity.gateway.service.SharedCache;
import org.healthequity.gateway.service.ClientOrigins.Origin;
import org.healthequity.gateway.service.RouteTable.ResolvedRoute;

/**
 * Sends one request on to its service and the service's answer back, as a reverse proxy does: hop-by-hop headers
 * stay on their own connection, the caller's {@code Host} and everything else pass unchanged, and bodies stream in
 * both directions. A small answer of known length is read whole and written to the caller in one piece. Failures
 * become problems: 413 for a chunked body past the route's limit, 504 for a service that does not answer in time,
 * 503 for one that cannot be reached.
 */
final class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    /**
     * Headers that describe one connection (RFC 9110, section 7.6.1), never forwarded; {@code Host} is set from the
     * caller's authority instead.
     */
    private static final Set<String> HOP_BY_HOP = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        HOP_BY_HOP.addAll(List.of("Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization",
                "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host"));
    }

    /** Answers up to this size are read whole before being sent on; larger ones stream. */
    private static final int WHOLE_ANSWER_LIMIT = 64 * 1024;

    private final HttpClient client;

    /** @param client connections to the services, used only on the calling event loop */
    Forwarder(HttpClient client) {
        this.client = client;
    }

    /**
     * What the shared cache has to do with one forwarded read: the key to keep the answer under (none when it may
     * not be kept), and the stale entry being revalidated (none when there is nothing stored).
     */
    record Caching(SharedCache cache, SharedCache.Key key, SharedCache.Entry stale) {
    }

    void forward(HttpServerRequest request, ResolvedRoute route, Upstreams.Upstream upstream, Origin origin,
            Caching caching) {
        // Hold the body until the service's connection is ready to take it.
        request.pause();
        RequestOptions options = new RequestOptions()
                .setServer(upstream.address())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setMethod(request.method())
                .setURI(request.uri())
                .setIdleTimeout(route.timeout().toMillis());
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                request.resume();
                failed(request, route, upstream, null, connected.cause());
                return;
            }
            HttpClientRequest call = connected.result();
            copyRequestHeaders(request, call, origin);
            if (caching.stale() != null) {
                // The gateway's own condition: whatever the caller sent, the stored answer is what is checked.
                call.headers().set(HttpHeaders.IF_NONE_MATCH, caching.stale().etag());
            }
            LimitedBody limited = sendBody(request, route, call);
            call.response().onComplete(answered -> {
                if (answered.failed()) {
                    failed(request, route, upstream, limited, answered.cause());
                } else {
                    route.circuit().onSuccess();
                    if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method())
                            && answered.result().statusCode() < 400) {
                        caching.cache().invalidate(route.upstream());
                    }
                    relay(request, answered.result(), call, caching);
                }
            });
        });
    }

    /** The caller's headers, and the X-Forwarded-* of the origin the gateway believes, replacing any sent. */
    private static void copyRequestHeaders(HttpServerRequest request, HttpClientRequest call, Origin origin) {
        MultiMap out = call.headers();
        copyEndToEndHeaders(request.headers(), out);
        // The service sees the name the caller used, as behind any reverse proxy.
        call.authority(request.authority());
        out.set("X-Forwarded-For", origin.forwardedFor());
        out.set("X-Forwarded-Proto", origin.proto());
        out.set("X-Forwarded-Host", origin.host());
    }

    /** Sends the caller's body, if any; a chunked one is cut off at the route's limit, which the result reports. */
    private static LimitedBody sendBody(HttpServerRequest request, ResolvedRoute route, HttpClientRequest call) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        // Without a length an HTTP/1.1 body is announced by Transfer-Encoding; an HTTP/2 one just follows.
        boolean streamed = length == null && !request.isEnded() && (request.version() == HttpVersion.HTTP_2
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING));
        if (length == null && !streamed) {
            request.resume();
            call.end();
            return null;
        }
        ReadStream<Buffer> body = request;
        LimitedBody limited = null;
        if (length != null) {
            call.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            call.setChunked(true);
            limited = new LimitedBody(request, route.maxBodySize());
            body = limited;
        }
        Pipe<Buffer> pipe = body.pipe();
        pipe.endOnFailure(false);
        pipe.to(call).onFailure(failure -> call.reset());
        return limited;
    }

    private static void relay(HttpServerRequest request, HttpClientResponse answer, HttpClientRequest call,
            Caching caching) {
        HttpServerResponse response = request.response();
        if (caching.stale() != null && answer.statusCode() == 304) {
            answer.body().onComplete(read -> {
                long now = System.currentTimeMillis();
                caching.cache().revalidated(caching.stale(), now);
                CachedAnswers.serve(request, caching.stale(), now, "hes-gateway; fwd=stale; fwd-status=304");
            });
            return;
        }
        boolean mayStream = request.version() != HttpVersion.HTTP_1_0
                || answer.headers().contains(HttpHeaders.CONTENT_LENGTH);
        if (caching.key() != null && answer.statusCode() == 200 && mayStream) {
            keepWhileRelaying(request, answer, call, caching);
            return;
        }
        response.setStatusCode(answer.statusCode());
        copyEndToEndHeaders(answer.headers(), response.headers());
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean bodiless = request.method() == HttpMethod.HEAD || answer.statusCode() == 204
                || answer.statusCode() == 304;
        if (bodiless || length != null && parseLength(length) <= WHOLE_ANSWER_LIMIT
                || length == null && request.version() == HttpVersion.HTTP_1_0) {
            // HTTP/1.0 callers cannot take a chunked answer; they get it whole, with its length.
            answer.body().onComplete(read -> {
                if (read.succeeded()) {
                    response.end(read.result());
                } else {
                    response.reset();
                }
            });
            return;
        }
        if (length == null) {
            response.setChunked(true);
        }
        Pipe<Buffer> pipe = answer.pipe();
        pipe.endOnFailure(false);
        pipe.to(response).onFailure(failure -> {
            call.reset();
            response.reset();
        });
    }

    /**
     * Relays an answer the shared cache may keep, copying it on the way while it stays within the cache's entry
     * limit: the caller gets it as fast as it comes, at the caller's pace, and the cache gets it once it has ended.
     */
    private static void keepWhileRelaying(HttpServerRequest request, HttpClientResponse answer,
            HttpClientRequest call, Caching caching) {
        HttpServerResponse response = request.response();
        response.setStatusCode(200);
        copyEndToEndHeaders(answer.headers(), response.headers());
        response.headers().set(CachedAnswers.CACHE_STATUS, "hes-gateway; fwd="
                + (caching.stale() == null ? "miss" : "stale"));
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            response.setChunked(true);
        }
        Buffer[] copy = { caching.cache().fits(length == null ? 0 : parseLength(length)) ? Buffer.buffer() : null };
        answer.handler(chunk -> {
            if (copy[0] != null) {
                copy[0] = caching.cache().fits((long) copy[0].length() + chunk.length())
                        ? copy[0].appendBuffer(chunk) : null;
            }
            response.write(chunk);
            if (response.writeQueueFull()) {
                answer.pause();
                response.drainHandler(drained -> answer.resume());
            }
        });
        answer.exceptionHandler(failure -> {
            call.reset();
            response.reset();
        });
        answer.endHandler(ended -> {
            if (copy[0] != null) {
                MultiMap kept = MultiMap.caseInsensitiveMultiMap();
                copyEndToEndHeaders(answer.headers(), kept);
                caching.cache().offer(caching.key(), 200, kept, copy[0], System.currentTimeMillis());
            }
            response.end();
        });
    }

    private static void failed(HttpServerRequest request, ResolvedRoute route, Upstreams.Upstream upstream,
            LimitedBody limited, Throwable failure) {
        if (limited != null && limited.exceeded()) {
            route.circuit().onInconclusive();
            GatewayProblems.send(ProblemType.PAYLOAD_TOO_LARGE, request, limited.problemDetail(), Map.of("Connection",
                    "close"));
            return;
        }
        if (request.response().closed()) {
            route.circuit().onInconclusive();
            // The caller went away and the forwarded request was abandoned with it: not the service's failure, and
            // nobody is left to answer.
            return;
        }
        boolean timedOut = failure instanceof TimeoutException;
        if (timedOut && !request.isEnded()) {
            // The caller had not finished sending: the time ran out on the caller's side, not the service's.
            route.circuit().onInconclusive();
        } else {
            route.circuit().onFailure();
        }
        String detail = "The " + upstream.name() + " service "
                + (timedOut ? "did not answer in time" : "could not be reached");
        LOG.warnf("%s: %s", detail, failure.toString());
        if (timedOut) {
            GatewayProblems.send(ProblemType.GATEWAY_TIMEOUT, request, detail);
        } else {
            GatewayProblems.send(ProblemType.SERVICE_UNAVAILABLE, request, detail, Map.of("Retry-After", "5"));
        }
    }

    /** Copies every header but the hop-by-hop ones and those the message's {@code Connection} header names. */
    private static void copyEndToEndHeaders(MultiMap from, MultiMap to) {
        String connection = from.get(HttpHeaders.CONNECTION);
        Set<String> connectionOnly = Set.of();
        if (connection != null) {
            connectionOnly = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (String token : connection.split(",")) {
                connectionOnly.add(token.trim());
            }
        }
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (!HOP_BY_HOP.contains(name) && !connectionOnly.contains(name)) {
                to.add(name, header.getValue());
            }
        }
    }

    static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
