package org.reformplatform.incubation.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Visibility;

/**
 * Which partners the caller may see: operators and analysts any, a partner only itself. Another
 * partner's records are answered as unknown (404), so that ids reveal nothing.
 */
@ApplicationScoped
public class PartnerAccess {

    @Inject
    Visibility visibility;

    @Inject
    Caller caller;

    /** The partner as of now, if the caller may see it. */
    public Loaded<Partner> visible(PartnerId id) {
        return visibility.visible(Partner.TYPE, id, Partner::organisation, () -> unknown(id));
    }

    /**
     * The rows of a partner's read models (its donations, its investments: rows with a
     * {@code partnerId}), for a caller that may see the partner; unknown (404) otherwise.
     */
    public ListFilter rowsOf(PartnerId id) {
        visible(id);
        return ListFilter.all().equal("partnerId", id.value());
    }

    /** The calling partner's own record. */
    public Loaded<Partner> own() {
        return visible(PartnerId.forOrganisation(caller.requireOrganisation()));
    }

    public static RuleViolation unknown(PartnerId id) {
        return RuleViolation.notFound("unknown-partner", "There is no partner " + id.value());
    }
}
