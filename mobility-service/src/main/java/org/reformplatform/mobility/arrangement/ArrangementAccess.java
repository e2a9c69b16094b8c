package org.reformplatform.mobility.arrangement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Visibility;

/** Reading one arrangement for the caller: from its stream, visible to staff and to the organisations party to it, or 404. */
@ApplicationScoped
public class ArrangementAccess {

    @Inject
    Visibility visibility;

    @Inject
    Caller caller;

    public Loaded<Arrangement> visible(ArrangementId id) {
        return visibility.visible(Arrangement.TYPE, id, this::partyFor, () -> unknown(id));
    }

    /**
     * The organisation through which the caller would see the arrangement: its own, if it is one of
     * the two parties (home institution or enterprise); otherwise the home institution, which a
     * partner of another organisation may not see.
     */
    private String partyFor(Arrangement arrangement) {
        return caller.organisation().filter(arrangement::involves).orElse(arrangement.institution());
    }

    private static RuleViolation unknown(ArrangementId id) {
        return RuleViolation.notFound("unknown-arrangement", "There is no arrangement " + id.value());
    }
}
