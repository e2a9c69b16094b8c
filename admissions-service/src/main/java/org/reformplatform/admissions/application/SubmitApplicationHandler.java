package org.reformplatform.admissions.application;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.SubmitApplication;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.student.Student;
import org.reformplatform.admissions.intake.IntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.TakeSeat;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A partner submits a candidate to an open intake event: a place of the event is taken and the
 * application created, in one transaction, so there is never an application without its place nor
 * a place without its application. The event's rules (open, inside its window, a place left) are
 * in {@link IntakeEvent}; the application starts from the event's criteria, required reviews and
 * non-consensus policy.
 *
 * <p>The submitters of one event take turns on its stream, and a turn lasts until the transaction
 * ends: so the application is created first, and the place taken last, keeping the turn as short as
 * the seat itself. The event's criteria, required reviews and policy are fixed once it is open, so
 * reading them before the turn reads what the turn would. Should the place be refused (the event
 * full, closed or unknown), the refusal rolls the whole transaction back, application included.
 */
@ApplicationScoped
public class SubmitApplicationHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    ReviewPseudonyms pseudonyms;

    public Decision<Application> handle(IntakeEventId intakeEventId, String organisation, Candidate candidate) {
        requireOwnStudent(organisation, candidate);
        ApplicationId id = ApplicationId.random();
        Instant now = clock.instant();
        IntakeEvent event = aggregates.load(IntakeEvent.TYPE, intakeEventId).state();
        if (!event.exists()) {
            // Refused by the event's own rules, in their words; nothing was written.
            aggregates.handleInTurn(IntakeEvent.TYPE, intakeEventId, new TakeSeat(id, now));
        }
        // A fresh random id: the application's stream is created without reading it.
        Decision<Application> submitted = aggregates.create(Application.TYPE, id, new SubmitApplication(id, event.id(), organisation, candidate,
                event.criteria(), event.requiredReviews(), event.nonConsensus(), now,
                event.blindReview(), pseudonyms.of(event.id(), id)));
        Decision<IntakeEvent> seated = aggregates.handleInTurn(IntakeEvent.TYPE, intakeEventId, new TakeSeat(id, now));
        // A seat is only taken once the event is open, and its policy is only revised before: the read above saw the policy in force,
        // unless it saw the event still announced and an operator revised and opened it since. Then nothing is written; a retry reads anew.
        if (!Objects.equals(seated.state().nonConsensus(), event.nonConsensus())) {
            throw RuleViolation.conflict("intake-event-changed", "The intake event's non-consensus policy was revised while applying; submit again");
        }
        return submitted;
    }

    /**
     * A candidate named as a student must be one of the submitting organisation's students: the link decides which mentors
     * and co-founders are kept off the panel, so it must be true; another organisation's student is as unknown as none (422).
     */
    private void requireOwnStudent(String organisation, Candidate candidate) {
        if (candidate.studentId() == null) {
            return;
        }
        Student student = aggregates.load(Student.TYPE, candidate.studentId()).state();
        require(student.exists() && Objects.equals(student.organisation(), organisation), () -> RuleViolation.invalid("unknown-student",
                "The candidate is not a student of your organisation: " + candidate.studentId().value())
                .with("studentId", candidate.studentId().value().toString()));
    }
}
