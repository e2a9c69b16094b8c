package org.reformplatform.incubation.venture;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.venture.VentureCommand.RecordMilestone;

/** A venture reached a key milestone (published as VentureMilestoneReached, which mobility-service records). */
@ApplicationScoped
public class RecordMilestoneHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Venture> handle(VentureId venture, Milestone milestone, OptionalInt expectedVersion) {
        return aggregates.handle(Venture.TYPE, venture, new RecordMilestone(milestone.milestone(), milestone.reachedOn()), expectedVersion,
                () -> VentureAccess.unknown(venture));
    }
}
