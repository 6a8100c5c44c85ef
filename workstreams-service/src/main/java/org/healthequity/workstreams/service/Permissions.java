package org.healthequity.workstreams.service;

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

    private final Caller caller;

    Permissions(Caller caller) {
        this.caller = caller;
    }

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean leads(Workstream workstream) {
        return isAdmin() || caller.hasRole(Roles.WORKSTREAM_LEAD) && caller.workstreams().contains(workstream.slug);
    }

    /** Whether the caller may report progress or actuals for work its organisation owns in the workstream. */
    public boolean reportsFor(Workstream workstream, Organisation owner) {
        return leads(workstream) || caller.hasRole(Roles.PARTNER) && owner != null
                && caller.organisation().filter(owner.slug::equals).isPresent();
    }

    public void requireLead(Workstream workstream, String what) {
        if (!leads(workstream)) {
            throw ApiException.forbidden("Only an admin or a lead of workstream '" + workstream.slug + "' may " + what
                    + (caller.hasRole(Roles.WORKSTREAM_LEAD) ? "; your token's workstreams claim names "
                            + caller.workstreams() : ""));
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
            throw ApiException.forbidden("Only an admin, a lead of workstream '" + workstream.slug + "' or a partner of "
                    + ownerName + " may " + what + caller.organisation()
                            .map(organisation -> "; your token is for organisation '" + organisation + "'").orElse(""));
        }
    }

    public String name() {
        return caller.name();
    }

    public String organisation() {
        return caller.organisation().orElse(null);
    }
}
