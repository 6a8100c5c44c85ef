package org.healthequity.gateway.health;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import org.healthequity.gateway.client.Upstreams;

/**
 * One readiness check per upstream, named after it: ready when the service says it is ready. The gateway keeps
 * serving the other routes when one service is down, so orchestrators should probe its liveness, not this. The
 * gateway's health is public, so the checks say up or down and the service's status, never an address or an
 * error's text; those go to the log.
 */
@Singleton
public class UpstreamHealthChecks {

    private static final Logger LOG = Logger.getLogger(UpstreamHealthChecks.class);
    private static final long TIMEOUT_MILLIS = 2_000;

    void register(@Observes StartupEvent start, @Readiness HealthRegistry readiness, Upstreams upstreams) {
        upstreams.all().values().forEach(upstream -> readiness.register("upstream " + upstream.name(),
                () -> check(upstreams, upstream)));
    }

    private static Uni<HealthCheckResponse> check(Upstreams upstreams, Upstreams.Upstream upstream) {
        var request = upstreams.client().request(new RequestOptions().setMethod(HttpMethod.GET)
                        .setServer(upstream.address()).setHost(upstream.host()).setPort(upstream.port())
                        .setURI(upstream.config().healthPath()).setTimeout(TIMEOUT_MILLIS))
                .compose(call -> call.send())
                .compose(response -> response.body().map(body -> response.statusCode()));
        return Uni.createFrom().completionStage(request.toCompletionStage())
                .map(status -> HealthCheckResponse.named("upstream " + upstream.name())
                        .status(status == 200)
                        .withData("httpStatus", status)
                        .build())
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Upstream %s at %s is not ready: %s", upstream.name(), upstream.url(), failure);
                    return HealthCheckResponse.named("upstream " + upstream.name()).down().build();
                });
    }
}
