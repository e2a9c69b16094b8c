package org.reformplatform.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.intake.IntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ReleaseSeat;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * An intake event's capacity counts admissions: a rejected application, by the policy or by the
 * committee, gives its place back in the transaction that rejects it, as a withdrawal does. The
 * release takes the event's turn last, after the application's own stream, like a submission.
 * (Applications rejected before this rule keep holding their places: the log says nothing else.)
 */
@ApplicationScoped
public class RejectedPlaces {

    @Inject
    Aggregates aggregates;

    public void releaseIfRejected(Decision<Application> decision) {
        if (decision.recorded().stream().anyMatch(r -> r.event() instanceof ApplicationRejected)) {
            aggregates.handleInTurn(IntakeEvent.TYPE, decision.state().intakeEventId(), new ReleaseSeat(decision.state().id()));
        }
    }
}
