package org.healthequity.gateway.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.healthequity.conventions.ProblemType;
import org.healthequity.gateway.client.Upstreams;

/**
 * The services' OpenAPI contracts at {@code /openapi/{service}}, which the gateway's Swagger UI lists, and a home
 * page that sends people to that UI.
 */
@Singleton
public class ContractRoutes {

    private final Upstreams upstreams;

    ContractRoutes(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    void register(@Observes Router router) {
        router.get("/openapi/:service").handler(this::contract);
        router.get("/").handler(context -> context.redirect("/q/swagger-ui/"));
    }

    private void contract(RoutingContext context) {
        String name = context.pathParam("service");
        if (!upstreams.all().containsKey(name)) {
            GatewayProblems.send(ProblemType.NOT_FOUND, context.request(), "No service named '" + name
                    + "'; contracts exist for "
                    + upstreams.all().keySet());
            return;
        }
        Upstreams.Upstream upstream = upstreams.get(name);
        upstreams.client().request(new RequestOptions().setMethod(HttpMethod.GET).setServer(upstream.address())
                        .setHost(upstream.host()).setPort(upstream.port())
                        .setURI(upstream.config().openapiPath()).setTimeout(upstream.config().timeout().toMillis()))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    return body;
                }))
                .onSuccess(body -> context.response().putHeader("Content-Type", "application/json").end(body))
                .onFailure(failure -> GatewayProblems.send(ProblemType.SERVICE_UNAVAILABLE, context.request(),
                        "The " + name + " service did not provide its contract: " + failure.getMessage()));
    }
}
