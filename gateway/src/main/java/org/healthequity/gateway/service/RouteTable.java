package org.healthequity.gateway.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.healthequity.gateway.client.Bulkhead;
import org.healthequity.gateway.client.CircuitBreaker;
import org.healthequity.gateway.config.GatewayConfig;

/**
 * The configured route table, resolved once: which route and upstream a path belongs to, and each route's own
 * circuit and bulkhead.
 */
@Singleton
public class RouteTable {

    /** A route as the request handling needs it. */
    public record ResolvedRoute(String name, String prefix, String upstream, Set<String> anonymousMethods,
            Duration timeout, int rateLimitRequests, Duration rateLimitWindow, long maxBodySize,
            CircuitBreaker circuit, Bulkhead bulkhead) {

        public boolean allowsAnonymous(String method) {
            return anonymousMethods.contains(method.toUpperCase(Locale.ROOT));
        }
    }

    private final List<ResolvedRoute> byLongestPrefix;

    RouteTable(GatewayConfig config) {
        List<ResolvedRoute> routes = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Route> entry : config.routes().entrySet()) {
            GatewayConfig.Route route = entry.getValue();
            GatewayConfig.Upstream upstream = config.upstreams().get(route.upstream());
            if (upstream == null) {
                throw new IllegalStateException("Route '" + entry.getKey() + "' names unknown upstream '"
                        + route.upstream() + "'");
            }
            Set<String> anonymous = route.anonymousMethods().orElse(Set.of()).stream()
                    .map(method -> method.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            // One circuit and one bulkhead per route, shared by its prefixes.
            CircuitBreaker circuit = new CircuitBreaker(upstream.circuitBreaker().failureThreshold(),
                    upstream.circuitBreaker().openFor());
            Bulkhead bulkhead = new Bulkhead(route.maxConcurrent());
            for (String prefix : route.prefixes()) {
                routes.add(new ResolvedRoute(entry.getKey(), stripTrailingSlash(prefix), route.upstream(), anonymous,
                        route.timeout().orElse(upstream.timeout()), route.rateLimit().requests(),
                        route.rateLimit().window(), route.maxBodySize().orElse(config.maxBodySize()), circuit,
                        bulkhead));
            }
        }
        routes.sort(Comparator.comparingInt((ResolvedRoute route) -> route.prefix().length()).reversed());
        this.byLongestPrefix = List.copyOf(routes);
    }

    /** The route whose prefix is the longest that matches the path on a segment boundary. */
    public Optional<ResolvedRoute> match(String path) {
        for (ResolvedRoute route : byLongestPrefix) {
            String prefix = route.prefix();
            if (path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/') {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public List<ResolvedRoute> routes() {
        return byLongestPrefix;
    }

    private static String stripTrailingSlash(String prefix) {
        return prefix.length() > 1 && prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
