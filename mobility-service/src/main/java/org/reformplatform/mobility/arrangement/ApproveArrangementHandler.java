package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApproveArrangement;
import org.reformplatform.mobility.policy.MobilityPolicy;
import org.reformplatform.mobility.policy.PolicyInForce;

/**
 * An application approved under the policy version in force, whose rules for its form the arrangement
 * keeps from then on; the agreement must be signed within the form's signing period or the approval lapses.
 */
@ApplicationScoped
public class ApproveArrangementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    PolicyInForce policies;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ArrangementDeadlines deadlines;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, OptionalInt expectedVersion) {
        MobilityPolicy.Version policy = policies.current();
        ArrangementForm form = aggregates.load(Arrangement.TYPE, id).state().form();
        return deadlines.follow(aggregates.handle(Arrangement.TYPE, id,
                new ApproveArrangement(actor, policy.number(), policy.rulesFor(form), calendar.today(), calendar.now()), expectedVersion));
    }
}
