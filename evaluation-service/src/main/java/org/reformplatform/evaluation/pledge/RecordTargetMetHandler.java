package org.reformplatform.evaluation.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.pledge.PledgeCommand.RecordTargetMet;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A target of a pledge met by its deadline: the last one met fulfils the pledge. */
@ApplicationScoped
public class RecordTargetMetHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Pledge> handle(PledgeId pledge, String target, LocalDate metOn, String evidence, OptionalInt expectedVersion) {
        return aggregates.handle(Pledge.TYPE, pledge, new RecordTargetMet(target, metOn, evidence, clock.instant()), expectedVersion);
    }
}
