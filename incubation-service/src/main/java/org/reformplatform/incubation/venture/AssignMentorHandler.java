package org.reformplatform.incubation.venture;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.venture.VentureCommand.AssignMentor;

/** A mentor is assigned to a venture, once. */
@ApplicationScoped
public class AssignMentorHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Venture> handle(VentureId venture, Mentor mentor, OptionalInt expectedVersion) {
        return aggregates.handle(Venture.TYPE, venture,
                new AssignMentor(mentor.name(), mentor.organisation(), mentor.expertise(), mentor.assignedOn()), expectedVersion,
                () -> VentureAccess.unknown(venture));
    }
}
