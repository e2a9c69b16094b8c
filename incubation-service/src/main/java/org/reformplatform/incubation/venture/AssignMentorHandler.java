package org.reformplatform.incubation.venture;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.ExistingAggregates;
import org.reformplatform.incubation.venture.VentureCommand.AssignMentor;

/** A mentor is assigned to a venture, once. */
@ApplicationScoped
public class AssignMentorHandler {

    @Inject
    ExistingAggregates aggregates;

    public Decision<Venture> handle(VentureId venture, Mentor mentor, OptionalInt expectedVersion) {
        return aggregates.handle(Venture.TYPE, venture,
                new AssignMentor(mentor.name(), mentor.organisation(), mentor.expertise(), mentor.assignedOn()), expectedVersion,
                () -> VentureAccess.unknown(venture));
    }
}
