package org.reformplatform.incubation.venture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Reading one venture: ventures belong to a centre, not to an organisation, so every caller the
 * endpoint's roles let in (centre staff) may see any of them; an unknown one is a 404.
 */
@ApplicationScoped
public class VentureAccess {

    @Inject
    Aggregates aggregates;

    /** The venture as of now. */
    public Loaded<Venture> visible(VentureId id) {
        return aggregates.load(Venture.TYPE, id, () -> unknown(id));
    }

    public static RuleViolation unknown(VentureId id) {
        return RuleViolation.notFound("unknown-venture", "There is no venture " + id.value());
    }
}
