package org.healthequity.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's route table and its policies. A route maps one or more path prefixes to an upstream service; the
 * paths are forwarded unchanged, because every service serves its own {@code /api/v1/...} paths.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Upstream> upstreams();

    /** The route table, by route name. */
    Map<String, Route> routes();

    interface Upstream {

        /** Base URL of the service, such as {@code http://localhost:8081}. */
        URI url();

        /** Where the service reports readiness. */
        @WithDefault("/q/health/ready")
        String healthPath();

        /** Where the service serves its OpenAPI document. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        /** How long a request may wait for the service before the caller gets a 504 problem. */
        @WithDefault("PT10S")
        Duration timeout();

        CircuitBreaker circuitBreaker();
    }

    /** The circuit of each of the upstream's routes: every route has its own, with these settings. */
    interface CircuitBreaker {

        /**
         * Consecutive failures that open a route's circuit: no connection, or no answer in time to a request the
         * caller had finished sending (a slow caller is not the service's failure).
         */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit refuses calls before one trial call is let through. */
        @WithDefault("PT5S")
        Duration openFor();
    }

    interface Route {

        /** Path prefixes served by this route; a prefix matches itself and anything below it. */
        List<String> prefixes();

        /** Name of the upstream in {@link #upstreams()}. */
        String upstream();

        /** Methods that anonymous callers may use on this route (open data); every other call needs a token. */
        Optional<Set<String>> anonymousMethods();

        /** Overrides the upstream's timeout for this route. */
        Optional<Duration> timeout();

        RateLimit rateLimit();

        /** Overrides {@link GatewayConfig#maxBodySize()} for this route (bulk imports need more). */
        Optional<Long> maxBodySize();

        /** Requests of this route in flight at once; more are answered 503 at once. */
        @WithDefault("128")
        int maxConcurrent();
    }

    interface RateLimit {

        /** Requests per window for one client (token {@code azp} and subject) or, if anonymous, one address. */
        @WithDefault("600")
        int requests();

        @WithDefault("PT1M")
        Duration window();
    }

    /**
     * The ingress or load balancers in front of the gateway, as addresses or CIDR blocks: only from them are
     * {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} believed. None by default.
     */
    Optional<List<String>> trustedProxies();

    /** The shared cache of open data ({@code SharedCache}). */
    Cache cache();

    interface Cache {

        /** Whether anonymous reads of open data are answered from memory while fresh. */
        @WithDefault("true")
        boolean enabled();

        /** Memory the cache may hold, bodies and an allowance for keys and headers, in bytes. */
        @WithDefault("67108864")
        long maxBytes();

        /** Largest answer kept, in bytes; larger ones are always fetched. */
        @WithDefault("1048576")
        long maxEntryBytes();
    }

    /** Largest request body the gateway forwards, in bytes; larger is a 413 problem. */
    @WithDefault("10485760")
    long maxBodySize();
}
