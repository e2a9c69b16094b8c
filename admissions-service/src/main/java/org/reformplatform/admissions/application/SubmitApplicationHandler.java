package org.reformplatform.admissions.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.SubmitApplication;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.IntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.TakeSeat;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * A partner submits a candidate to an open intake event: a place of the event is taken and the
 * application created, in one transaction, so there is never an application without its place nor
 * a place without its application. The event's rules (open, inside its window, a place left) are
 * in {@link IntakeEvent}; the application starts from the event's criteria and required reviews.
 */
@ApplicationScoped
public class SubmitApplicationHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Application> handle(IntakeEventId intakeEventId, String organisation, Candidate candidate) {
        ApplicationId id = ApplicationId.random();
        Instant now = clock.instant();
        // Every submission takes a place of the same stream: the submitters take turns rather than collide.
        IntakeEvent event = aggregates.handleInTurn(IntakeEvent.TYPE, intakeEventId, new TakeSeat(id, now)).state();
        // A fresh random id: the application's stream is created without reading it (one read, two appends in all).
        return aggregates.create(Application.TYPE, id, new SubmitApplication(id, event.id(), organisation, candidate, event.criteria(),
                event.requiredReviews(), now));
    }
}
