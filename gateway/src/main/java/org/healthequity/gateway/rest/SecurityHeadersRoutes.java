package org.healthequity.gateway.rest;

import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * Security headers on every response the gateway sends, whatever answered it: no MIME sniffing, no framing, no
 * referrer, HTTPS remembered. API responses may load nothing; an HTML page a service renders may use its own inline
 * style; the Swagger UI pages may load their own scripts and styles and talk to Keycloak, where people log in.
 */
@Singleton
public class SecurityHeadersRoutes {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * A page a service renders (the annual report): its own inline style, and images of its own origin (the charts)
     * or inline; still no script.
     */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'";

    private final String swaggerUiPolicy;

    SecurityHeadersRoutes(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        URI keycloak = URI.create(realm);
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        this.swaggerUiPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' "
                + "'unsafe-inline'; img-src 'self' data:; connect-src 'self' " + keycloakOrigin
                + "; frame-ancestors 'none'";
    }

    void register(@Observes Router router) {
        router.route().order(-999_999).handler(context -> {
            boolean swaggerUi = context.request().path().startsWith("/q/swagger-ui");
            context.addHeadersEndHandler(end -> {
                MultiMap headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                String type = headers.get("Content-Type");
                boolean page = type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
                headers.set("Content-Security-Policy", swaggerUi ? swaggerUiPolicy : page ? PAGE_POLICY : API_POLICY);
            });
            context.next();
        });
    }
}
