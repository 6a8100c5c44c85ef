package org.healthequity.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the services' rules need it: their name, roles, the values of a token claim (each service reads
 * the scoping claims it defines), and the bearer token to relay.
 */
@RequestScoped
@Unremovable
public class Caller {

    /** The name written in audit columns when no user is behind a change (migrations, start-up loaders). */
    public static final String SYSTEM = "system";

    /** Claims that differ between tokens of the same user and rights: times, ids, the token itself. */
    private static final Set<String> PER_TOKEN_CLAIMS = Set.of("exp", "iat", "nbf", "jti", "auth_time", "raw_token",
            "sid", "session_state", "at_hash", "c_hash", "nonce");

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public Optional<String> bearerToken() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        return Optional.ofNullable(credential).map(TokenCredential::getToken);
    }

    /**
     * All an answer to this caller can depend on: their name, roles and token claims, leaving out those that change
     * with every token. Entity tags are made from it rather than the token, so that a BI tool's refreshed token keeps
     * its cached copies valid.
     */
    public String standing() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        StringBuilder standing = new StringBuilder("user\u0000").append(identity.getPrincipal().getName());
        new TreeSet<>(identity.getRoles()).forEach(role -> standing.append("\u0000role\u0000").append(role));
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaimNames() != null) {
            new TreeSet<>(token.getClaimNames()).stream().filter(claim -> !PER_TOKEN_CLAIMS.contains(claim))
                    .forEach(claim -> standing.append("\u0000").append(claim).append('=')
                            .append(token.<Object>getClaim(claim)));
        }
        return standing.toString();
    }

    /** The standing of the caller of the request being served; {@link #SYSTEM} outside a request. */
    public static String currentStanding() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        return container.instance(Caller.class).get().standing();
    }

    /** The values of a claim of the caller's token, one or many; none without a token or the claim. */
    public List<String> claimValues(String claim) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !token.containsClaim(claim)) {
            return List.of();
        }
        Object value = token.getClaim(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(Caller::unquote).toList();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(Caller::unquote).toList();
        }
        return value == null ? List.of() : List.of(unquote(value));
    }

    private static String unquote(Object value) {
        return value instanceof JsonString string ? string.getString() : String.valueOf(value);
    }

    /** The bearer token of the request being served, if there is one, for relaying to another service. */
    public static Optional<String> currentBearerToken() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        return container.instance(Caller.class).get().bearerToken();
    }

    /** The caller's name for audit columns, or {@link #SYSTEM} outside a request. */
    public static String currentName() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
