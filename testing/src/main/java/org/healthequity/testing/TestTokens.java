package org.healthequity.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed bearer tokens shaped like the {@code health-equity} realm's: realm roles under
 * {@code realm_access.roles}, the {@code hes-api} audience, and the {@code organisation} and {@code workstreams}
 * claims. They are signed with the key that {@code OidcWiremockTestResource} publishes, so a service validates them
 * exactly as it validates Keycloak's.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "hes-api";

    private TestTokens() {
    }

    public static String forUser(String username, String... roles) {
        return builder(username, roles).sign();
    }

    public static String admin() {
        return forUser("admin", "admin");
    }

    public static String viewer() {
        return forUser("viewer", "viewer");
    }

    public static String partner(String username, String organisation) {
        return builder(username, "partner").claim("organisation", organisation).sign();
    }

    public static String workstreamLead(String username, String... workstreams) {
        return builder(username, "workstream-lead").claim("workstreams", List.of(workstreams)).sign();
    }

    public static String expired(String username, String... roles) {
        return builder(username, roles).issuedAt(System.currentTimeMillis() / 1000 - 7200)
                .expiresAt(System.currentTimeMillis() / 1000 - 3600).sign();
    }

    public static String withAudience(String audience, String username, String... roles) {
        return builder(username, roles).audience(audience).sign();
    }

    public static JwtClaimsBuilder builder(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .subject("sub-" + username)
                .issuer(ISSUER)
                .audience(Set.of(AUDIENCE))
                .claim("azp", "hes-cli")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(10));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
