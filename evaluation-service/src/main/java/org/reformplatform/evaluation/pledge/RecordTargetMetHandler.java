package org.reformplatform.evaluation.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.pledge.PledgeCommand.RecordTargetMet;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadlines;

/** A target of a pledge met by its deadline: the last one met fulfils the pledge, and its deadline ({@link PledgeDue}) is cancelled. */
@ApplicationScoped
public class RecordTargetMetHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    Deadlines deadlines;

    public Decision<Pledge> handle(PledgeId pledge, String target, LocalDate metOn, String evidence, OptionalInt expectedVersion) {
        Decision<Pledge> decision = aggregates.handle(Pledge.TYPE, pledge, new RecordTargetMet(target, metOn, evidence, clock.instant()),
                expectedVersion);
        if (decision.state().status() == Pledge.Status.FULFILLED) {
            deadlines.cancel(PledgeDue.NAME, pledge, "fulfilled on " + metOn);
        }
        return decision;
    }
}
