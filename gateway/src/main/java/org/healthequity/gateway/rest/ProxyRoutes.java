package org.healthequity.gateway.rest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.healthequity.conventions.ProblemType;
import org.healthequity.conventions.RequestTargets;
import org.healthequity.gateway.client.Upstreams;
import org.healthequity.gateway.service.RateLimiter;
import org.healthequity.gateway.service.SharedCache;
import org.healthequity.gateway.service.RouteTable.ResolvedRoute;
import org.healthequity.gateway.service.ClientOrigins;
import org.healthequity.gateway.service.ClientOrigins.Origin;
import org.healthequity.gateway.service.RouteTable;

/**
 * Everything under {@code /api/}: refuse unsafe paths, find the route, check the caller at the edge, count them
 * against their rate limit, and forward the request unchanged to the route's service with the caller's token, the
 * request id and the forwarding headers. A service that cannot be reached, or does not answer in time, gives a
 * problem response rather than a hang, and trips its circuit so that later callers are answered at once.
 */
@Singleton
public class ProxyRoutes {

    static final String CHALLENGE = "Bearer realm=\"health-equity\"";

    private final RouteTable routes;
    private final ClientOrigins origins;
    private final Upstreams upstreams;
    private final RateLimiter rateLimiter;
    private final SharedCache cache;
    private final MeterRegistry meters;
    private final Vertx vertx;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    /**
     * One forwarder per event loop, each with its own connections to the services, so that a request and its
     * forwarded call stay on one thread: with connections shared between event loops, a response arriving on one
     * loop had to be handed to the other and back, a thread wake-up per request.
     */
    private final ThreadLocal<Forwarder> forwarders;

    ProxyRoutes(RouteTable routes, ClientOrigins origins, Upstreams upstreams, RateLimiter rateLimiter,
            SharedCache cache, MeterRegistry meters, Vertx vertx) {
        this.cache = cache;
        this.routes = routes;
        this.origins = origins;
        this.upstreams = upstreams;
        this.rateLimiter = rateLimiter;
        this.meters = meters;
        this.vertx = vertx;
        this.forwarders = ThreadLocal.withInitial(() -> new Forwarder(upstreams.newClient()));
    }

    void register(@Observes Router router) {
        router.route("/api/*").handler(this::forward);
        // Whatever no route and no Quarkus page serves (health and metrics live on the management port) is a problem.
        router.route().last().handler(context -> GatewayProblems.send(ProblemType.NOT_FOUND, context.request(),
                "Nothing is served at this path; the API is under /api/v1"));
        router.route().failureHandler(this::authenticationFailure);
        Duration longestWindow = routes.routes().stream().map(ResolvedRoute::rateLimitWindow)
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        vertx.setPeriodic(longestWindow.toMillis(), id -> rateLimiter.evictExpired(longestWindow));
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        long started = System.nanoTime();
        String path = request.path();
        if (!RequestTargets.isSafePath(path) || !RequestTargets.isSafeQuery(request.query())) {
            GatewayProblems.send(ProblemType.MALFORMED_REQUEST, request,
                    "The path or query contains NUL, encoded separators, encoded dots or dot segments");
            return;
        }
        Optional<ResolvedRoute> match = routes.match(path);
        if (match.isEmpty()) {
            GatewayProblems.send(ProblemType.NOT_FOUND, request, "No API resource at " + path);
            return;
        }
        ResolvedRoute route = match.get();
        context.addEndHandler(done -> timer(route, request).record(System.nanoTime() - started,
                TimeUnit.NANOSECONDS));

        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        boolean anonymous = identity == null || identity.isAnonymous();
        if (anonymous && !route.allowsAnonymous(request.method().name())) {
            GatewayProblems.send(ProblemType.UNAUTHORIZED, request,
                    "This operation needs a bearer token from the health-equity realm",
                    Map.of("WWW-Authenticate", CHALLENGE));
            return;
        }

        Origin origin = origins.of(request);
        RateLimiter.Decision decision = rateLimiter.acquire(route.name() + '|' + clientKey(identity, origin),
                route.rateLimitRequests(), route.rateLimitWindow());
        request.response()
                .putHeader("RateLimit-Policy", decision.limit() + ";w=" + decision.windowSeconds())
                .putHeader("RateLimit", "limit=" + decision.limit() + ", remaining=" + decision.remaining()
                        + ", reset=" + decision.resetSeconds());
        if (!decision.allowed()) {
            GatewayProblems.send(ProblemType.TOO_MANY_REQUESTS, request, "Rate limit of " + decision.limit()
                    + " requests per "
                    + decision.windowSeconds() + " s reached on this route; retry after "
                    + decision.resetSeconds() + " s", Map.of("Retry-After", Long.toString(decision.resetSeconds())));
            return;
        }

        String length = request.getHeader("Content-Length");
        if (length != null && Forwarder.parseLength(length) > route.maxBodySize()) {
            GatewayProblems.send(ProblemType.PAYLOAD_TOO_LARGE, request, "The request body is larger than the "
                    + route.maxBodySize() + " bytes this route accepts", Map.of("Connection", "close"));
            return;
        }

        Optional<SharedCache.Key> key = cache.keyOf(request, route.upstream(), origin.proto() + "://" + origin.host());
        SharedCache.Entry stored = key.flatMap(cache::get).orElse(null);
        long now = System.currentTimeMillis();
        if (stored != null && stored.freshAt(now)) {
            CachedAnswers.serve(request, stored, now, "hes-gateway; hit");
            return;
        }

        Upstreams.Upstream upstream = upstreams.get(route.upstream());
        if (!route.circuit().tryAcquire()) {
            GatewayProblems.send(ProblemType.SERVICE_UNAVAILABLE, request, "The " + upstream.name()
                    + " service is unavailable; "
                    + "the gateway stopped calling it after repeated failures",
                    Map.of("Retry-After", Long.toString(route.circuit().secondsUntilRetry())));
            return;
        }
        if (!route.bulkhead().tryEnter()) {
            route.circuit().onInconclusive();
            GatewayProblems.send(ProblemType.SERVICE_UNAVAILABLE, request, "The route is serving as many requests "
                    + "as it may at once (" + route.bulkhead().limit() + "); retry shortly",
                    Map.of("Retry-After", "1"));
            return;
        }
        context.addEndHandler(done -> route.bulkhead().leave());
        forwarders.get().forward(request, route, upstream, origin,
                new Forwarder.Caching(cache, key.orElse(null), stored));
    }

    /**
     * A refused token (expired, wrongly signed, wrong issuer or audience, {@code alg: none}) fails authentication
     * before any route runs; answer it as a problem with the bearer challenge.
     */
    private void authenticationFailure(RoutingContext context) {
        if (context.failure() instanceof AuthenticationFailedException) {
            GatewayProblems.send(ProblemType.UNAUTHORIZED, context.request(),
                    "The bearer token is not valid for the health-equity "
                    + "realm (expired, wrongly signed, or issued for something else)",
                    Map.of("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\""));
        } else {
            context.next();
        }
    }

    /** The rate-limited client: the token's client and subject, or the caller's address when anonymous. */
    private static String clientKey(SecurityIdentity identity, Origin origin) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            return "client:" + (azp == null ? "" : azp) + '/' + token.getSubject();
        }
        return "address:" + origin.address();
    }

    private record TimerKey(String route, String method, int status) {
    }

    /** The timer of a route, method and status; built once, since every request records into one. */
    private Timer timer(ResolvedRoute route, HttpServerRequest request) {
        TimerKey key = new TimerKey(route.name(), request.method().name(), request.response().getStatusCode());
        return timers.computeIfAbsent(key, k -> Timer.builder("gateway.requests")
                .description("Requests the gateway answered, by route, method and status")
                .tag("route", k.route())
                .tag("upstream", route.upstream())
                .tag("method", k.method())
                .tag("status", Integer.toString(k.status()))
                .publishPercentileHistogram()
                .register(meters));
    }
}
