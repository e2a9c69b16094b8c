package org.reformplatform.admissions.application;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.WithdrawApplication;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.intake.IntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ReleaseSeat;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * A candidate withdraws an undecided application: its place in the intake event is given back in the
 * same transaction, and its reviews and committee case are no longer due.
 */
@ApplicationScoped
public class WithdrawApplicationHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    ReviewDeadlines reviewDeadlines;

    public Decision<Application> handle(ApplicationId id, String reason, OptionalInt expectedVersion) {
        Decision<Application> decision = aggregates.handle(Application.TYPE, id, new WithdrawApplication(reason, clock.instant()), expectedVersion);
        aggregates.handleInTurn(IntakeEvent.TYPE, decision.state().intakeEventId(), new ReleaseSeat(id));
        reviewDeadlines.follow(decision);
        return decision;
    }
}
