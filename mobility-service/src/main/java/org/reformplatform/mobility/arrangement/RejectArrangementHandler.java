package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RejectArrangement;
import org.reformplatform.mobility.policy.PolicyInForce;

/** An application rejected, by whoever the policy in force lets approve it. */
@ApplicationScoped
public class RejectArrangementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    PolicyInForce policies;

    @Inject
    RegionalCalendar calendar;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, String reason, OptionalInt expectedVersion) {
        ArrangementForm form = aggregates.load(Arrangement.TYPE, id).state().form();
        return aggregates.handle(Arrangement.TYPE, id, new RejectArrangement(actor, policies.current().rulesFor(form), reason, calendar.now()),
                expectedVersion);
    }
}
