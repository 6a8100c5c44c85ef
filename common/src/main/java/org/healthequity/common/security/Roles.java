package org.healthequity.common.security;

/** The realm roles of the {@code health-equity} realm, as {@code @RolesAllowed} needs them: constants. */
public final class Roles {

    /** Reads everything. */
    public static final String VIEWER = "viewer";
    /** Indicator data and imports. */
    public static final String ANALYST = "analyst";
    /** Logic models, workplans and KPIs of the workstreams named in the token's {@code workstreams} claim. */
    public static final String WORKSTREAM_LEAD = "workstream-lead";
    /** Actions and KPI actuals of the organisation in the token's {@code organisation} claim. */
    public static final String PARTNER = "partner";
    /** Evaluation content. */
    public static final String EVALUATOR = "evaluator";
    /** Everything. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
