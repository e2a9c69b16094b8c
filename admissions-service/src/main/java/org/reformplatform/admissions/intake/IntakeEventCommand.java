package org.reformplatform.admissions.intake;

import java.time.Instant;
import java.util.List;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;

/** What operators and applications ask of an intake event. */
public sealed interface IntakeEventCommand {

    record CreateIntakeEvent(IntakeEventId id, String title, IntakeEventKind kind, ApplicationWindow window, int capacity,
            int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria) implements IntakeEventCommand {
    }

    record OpenIntakeEvent() implements IntakeEventCommand {
    }

    record CloseIntakeEvent() implements IntakeEventCommand {
    }

    record ExtendIntakeEvent(Instant closesAt) implements IntakeEventCommand {
    }

    /** Taken when an application is submitted, at {@code at}: the window and capacity are checked here. */
    record TakeSeat(ApplicationId applicationId, Instant at) implements IntakeEventCommand {
    }

    record ReleaseSeat(ApplicationId applicationId) implements IntakeEventCommand {
    }
}
