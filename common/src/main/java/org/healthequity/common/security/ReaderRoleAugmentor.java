package org.healthequity.common.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Every role of the realm may read everything (ARCHITECTURE.md: "viewer (read all)"), so any of them implies
 * {@link Roles#VIEWER}. Read endpoints then need only {@code @RolesAllowed(Roles.VIEWER)}.
 */
@ApplicationScoped
public class ReaderRoleAugmentor implements SecurityIdentityAugmentor {

    private static final Set<String> READING_ROLES = Set.of(Roles.ANALYST, Roles.WORKSTREAM_LEAD, Roles.PARTNER,
            Roles.EVALUATOR, Roles.ADMIN);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.hasRole(Roles.VIEWER)
                || identity.getRoles().stream().noneMatch(READING_ROLES::contains)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.VIEWER).build());
    }
}
