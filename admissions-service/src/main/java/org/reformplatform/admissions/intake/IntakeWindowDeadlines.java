package org.reformplatform.admissions.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;

/**
 * An intake event opens and closes itself at its window's bounds: the two deadlines its handlers
 * schedule (in the command's transaction) when it is announced or its window changes, and cancel
 * when an operator's command made them moot. No partner owns an intake event: the deadlines have no
 * organisation.
 */
@ApplicationScoped
public class IntakeWindowDeadlines {

    /** Opens an announced event when its window starts (at once when the start is already past). */
    public static final String OPENING = "admissions.IntakeEventOpening";
    /** Closes the event when its window ends. */
    public static final String CLOSING = "admissions.IntakeEventClosing";

    @Inject
    Deadlines deadlines;

    /** An event announced: it opens at its window's start and closes at its end. */
    void announced(IntakeEventId id, String title, ApplicationWindow window) {
        deadlines.schedule(Deadline.of(OPENING, id, window.opensAt(), null, "Intake event \"" + title + "\" opens for applications", null));
        closesAt(id, title, window);
    }

    /** The window closes at its (new) end: the pending closing moves. */
    void closesAt(IntakeEventId id, String title, ApplicationWindow window) {
        deadlines.schedule(Deadline.of(CLOSING, id, window.closesAt(), null, "Intake event \"" + title + "\" closes for applications", null));
    }

    void openingMoot(IntakeEventId id, String reason) {
        deadlines.cancel(OPENING, id, reason);
    }

    void closingMoot(IntakeEventId id, String reason) {
        deadlines.cancel(CLOSING, id, reason);
    }
}
