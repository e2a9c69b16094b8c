package org.reformplatform.admissions.intake;

import java.time.Instant;
import java.util.List;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;

/** What happens to an intake event. Published on {@code admissions.events}; see docs/events. */
public sealed interface IntakeEventEvent {

    IntakeEventId intakeEventId();

    /** An intake event is announced, with its rules, before it opens. */
    record IntakeEventCreated(IntakeEventId intakeEventId, String title, IntakeEventKind kind, Instant opensAt, Instant closesAt,
            int capacity, int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria) implements IntakeEventEvent {
    }

    record IntakeEventOpened(IntakeEventId intakeEventId) implements IntakeEventEvent {
    }

    record IntakeEventClosed(IntakeEventId intakeEventId) implements IntakeEventEvent {
    }

    record IntakeEventExtended(IntakeEventId intakeEventId, Instant closesAt) implements IntakeEventEvent {
    }

    /** An application took one of the event's places. */
    record SeatTaken(IntakeEventId intakeEventId, ApplicationId applicationId) implements IntakeEventEvent {
    }

    /** A withdrawn application gave its place back. */
    record SeatReleased(IntakeEventId intakeEventId, ApplicationId applicationId) implements IntakeEventEvent {
    }
}
