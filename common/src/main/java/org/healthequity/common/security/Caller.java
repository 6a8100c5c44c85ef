package org.healthequity.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the services' rules need it: their name, roles and the scoping claims of the realm
 * ({@code organisation} for partners, {@code workstreams} for workstream leads), and the bearer token to relay.
 */
@RequestScoped
@Unremovable
public class Caller {

    /** The name written in audit columns when no user is behind a change (migrations, start-up loaders). */
    public static final String SYSTEM = "system";
    public static final String ORGANISATION_CLAIM = "organisation";
    public static final String WORKSTREAMS_CLAIM = "workstreams";

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

    /** The partner organisation slug the token is scoped to, if any. */
    public Optional<String> organisation() {
        return claimValues(ORGANISATION_CLAIM).stream().findFirst();
    }

    /** The workstream slugs a workstream lead may edit. */
    public List<String> workstreams() {
        return claimValues(WORKSTREAMS_CLAIM);
    }

    public Optional<String> bearerToken() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        return Optional.ofNullable(credential).map(TokenCredential::getToken);
    }

    private List<String> claimValues(String claim) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !token.containsClaim(claim)) {
            return List.of();
        }
        Object value = token.getClaim(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(Caller::unquote).toList();
        }
        if (value instanceof jakarta.json.JsonArray array) {
            return array.stream().map(Caller::unquote).toList();
        }
        return value == null ? List.of() : List.of(unquote(value));
    }

    private static String unquote(Object value) {
        return value instanceof jakarta.json.JsonString string ? string.getString() : String.valueOf(value);
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
