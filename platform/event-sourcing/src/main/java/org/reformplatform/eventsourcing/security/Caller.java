package org.reformplatform.eventsourcing.security;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Who is calling: the token's subject, roles and organisation. The organisation comes from the
 * {@code org} claim, which the identity provider sets per client or user; a partner can never name
 * another organisation than its own.
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public Optional<String> organisation() {
        Object claim = token.getClaim(ORGANISATION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim.toString();
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** A partner and nothing more privileged: its view is limited to its own organisation. */
    public boolean isPartnerOnly() {
        return is(Roles.PARTNER) && !is(Roles.OPERATOR);
    }

    /** The caller's organisation; a caller without one cannot act for an organisation. */
    public String requireOrganisation() {
        return organisation().orElseThrow(() -> RuleViolation.forbidden("organisation-required",
                "The token carries no organisation (claim '" + ORGANISATION_CLAIM + "')"));
    }

    /**
     * Whether the caller may see something owned by the given organisation: operators and the
     * other staff roles may; a partner only if it is its own. Callers answer 404 when not, so that
     * another organisation's ids reveal nothing.
     */
    public boolean mayAccess(String owningOrganisation) {
        if (!isPartnerOnly()) {
            return true;
        }
        return organisation().map(own -> own.equals(owningOrganisation)).orElse(false);
    }

    /**
     * The one "visible or 404": the thing, if there is one and the caller may see it (see
     * {@link #mayAccess}); otherwise the caller learns nothing, not even that it exists.
     *
     * @param owner the organisation the thing belongs to
     */
    public <T> T visible(T thing, Function<? super T, String> owner, Supplier<RuleViolation> unknown) {
        if (thing == null || !mayAccess(owner.apply(thing))) {
            throw unknown.get();
        }
        return thing;
    }

    /**
     * The organisation a list must be limited to: a partner's own, whatever it asked for; for
     * staff, the one they asked for (null: every organisation).
     */
    public String organisationFilter(String requested) {
        return isPartnerOnly() ? requireOrganisation() : requested;
    }
}
