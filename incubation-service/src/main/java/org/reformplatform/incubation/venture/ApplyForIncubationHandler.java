package org.reformplatform.incubation.venture;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.venture.VentureCommand.ApplyForIncubation;

/** A student or faculty start-up applies to a centre for incubation: it starts at the stage "applied". */
@ApplicationScoped
public class ApplyForIncubationHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Venture> handle(VentureId id, String centre, String name, VentureOrigin origin, String summary, LocalDate appliedOn) {
        return aggregates.handle(Venture.TYPE, id, new ApplyForIncubation(id, centre, name, origin, summary, appliedOn));
    }
}
