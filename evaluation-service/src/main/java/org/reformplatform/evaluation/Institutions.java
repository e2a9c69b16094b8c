package org.reformplatform.evaluation;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;

/**
 * Which institution a creating request acts for. A partner acts for the organisation in its token
 * and never names another; an operator administers for any institution and must say which.
 *
 * <p>This is who the caller may act for, not a rule of the business: resources settle it, as they
 * settle what a caller may see, and hand the institution to the use case's handler.
 */
public final class Institutions {

    private Institutions() {
    }

    public static String actingFor(Caller caller, String named) {
        if (caller.isPartnerOnly()) {
            String own = caller.requireOrganisation();
            if (named != null && !named.equals(own)) {
                throw RuleViolation.forbidden("not-your-organisation", "Partners act for their own organisation (" + own + ") only");
            }
            return own;
        }
        if (named == null || named.isBlank()) {
            throw RuleViolation.invalid("institution-required", "Name the institution this is for");
        }
        return named;
    }
}
