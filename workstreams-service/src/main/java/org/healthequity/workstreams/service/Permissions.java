package org.healthequity.workstreams.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.healthequity.common.problem.ApiException;
import org.healthequity.common.security.Caller;
import org.healthequity.common.security.Roles;
import org.healthequity.workstreams.repository.Organisation;
import org.healthequity.workstreams.repository.Workstream;

/**
 * Who may change what, beyond the roles each endpoint requires: a workstream lead only the workstreams its token's
 * {@code workstreams} claim names; a partner only the actions and KPIs of the organisation its {@code organisation}
 * claim names; an admin everything.
 */
@ApplicationScoped
public class Permissions {

    /** The realm's claims that scope a token: the partner's organisation slug, the lead's workstream slugs. */
    static final String ORGANISATION_CLAIM = "organisation";
    static final String WORKSTREAMS_CLAIM = "workstreams";

    private final Caller caller;

    Permissions(Caller caller) {
        this.caller = caller;
    }

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean leads(Workstream workstream) {
        return isAdmin() || caller.hasRole(Roles.WORKSTREAM_LEAD) && ledWorkstreams().contains(workstream.slug);
    }

    /** Whether the caller may report progress or actuals for work its organisation owns in the workstream. */
    public boolean reportsFor(Workstream workstream, Organisation owner) {
        return leads(workstream) || caller.hasRole(Roles.PARTNER) && owner != null
                && tokenOrganisation().filter(owner.slug::equals).isPresent();
    }

    public void requireLead(Workstream workstream, String what) {
        if (!leads(workstream)) {
            throw ApiException.forbidden("Only an admin or a lead of workstream '" + workstream.slug + "' may " + what
                    + (caller.hasRole(Roles.WORKSTREAM_LEAD) ? "; your token's workstreams claim names "
                            + ledWorkstreams() : ""));
        }
    }

    public void requireAdmin(String what) {
        if (!isAdmin()) {
            throw ApiException.forbidden("Only an admin may " + what);
        }
    }

    public void requireReporter(Workstream workstream, Organisation owner, String what) {
        if (!reportsFor(workstream, owner)) {
            String ownerName = owner == null ? "no organisation" : "organisation '" + owner.slug + "'";
            throw ApiException.forbidden("Only an admin, a lead of workstream '" + workstream.slug
                    + "' or a partner of "
                    + ownerName + " may " + what + tokenOrganisation()
                            .map(organisation -> "; your token is for organisation '" + organisation + "'").orElse(""));
        }
    }

    public String name() {
        return caller.name();
    }

    public String organisation() {
        return tokenOrganisation().orElse(null);
    }

    /** The partner organisation slug the token is scoped to, if any. */
    private Optional<String> tokenOrganisation() {
        return caller.claimValues(ORGANISATION_CLAIM).stream().findFirst();
    }

    /** The workstream slugs a workstream lead may edit. */
    private List<String> ledWorkstreams() {
        return caller.claimValues(WORKSTREAMS_CLAIM);
    }
}
