package org.reformplatform.evaluation.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.pledge.PledgeCommand.AssessPledge;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A pledge assessed after its deadline: one not fulfilled by then fails, with its consequences. */
@ApplicationScoped
public class AssessPledgeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Pledge> handle(PledgeId pledge, LocalDate on, OptionalInt expectedVersion) {
        return aggregates.handle(Pledge.TYPE, pledge, new AssessPledge(on, clock.instant()), expectedVersion);
    }
}
