package org.reformplatform.mobility.arrangement;

/**
 * Who acts on an arrangement: an operator of the platform, or a partner organisation (from the
 * token's {@code org} claim, never from a request body). The deciders check what each may do.
 */
public record Actor(boolean operator, String organisation) {

    public static Actor operator(String organisation) {
        return new Actor(true, organisation);
    }

    public static Actor partner(String organisation) {
        return new Actor(false, organisation);
    }

    public boolean isPartnerOf(String organisationName) {
        return !operator && organisation != null && organisation.equals(organisationName);
    }
}
