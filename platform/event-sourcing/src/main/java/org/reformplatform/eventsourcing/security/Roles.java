package org.reformplatform.eventsourcing.security;

/** The platform's roles, as they appear in the token's {@code groups} claim. */
public final class Roles {

    /** A partner organisation's system or staff: acts only for its own organisation. */
    public static final String PARTNER = "partner";
    /** Reviews admissions applications assigned to them. */
    public static final String REVIEWER = "reviewer";
    /** Scores evaluation dossiers assigned to them. */
    public static final String EVALUATOR = "evaluator";
    /** Administers a service: reference data, committee decisions, rebuilds. */
    public static final String OPERATOR = "operator";
    /** Reads aggregate read models and event streams; changes nothing. */
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}
