package org.reformplatform.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationRefused;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationSubmitted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.CompensationCompleted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ConditionallyRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsRequested;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsSupplied;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.QualificationRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.RefusalAppealed;

/**
 * The dates of a recognition application that make something happen, kept in step with its events
 * in the command's transaction: every use case calls {@link #follow} right after its decision.
 * <ul>
 * <li>{@value #DECISION_DUE}: the decision clock ran out (the end of its due day in the region) →
 * the application is escalated; moved when documents are supplied, cancelled while they are awaited
 * and once the application is decided;</li>
 * <li>{@value #APPEAL_WINDOW_CLOSES}: the end of a refusal's appeal window → the refusal is final;
 * cancelled by an appeal;</li>
 * <li>{@value #COMPENSATION_DUE}: the end of a compensation measure's due day → the conditional
 * recognition lapses; cancelled when the measure is completed.</li>
 * </ul>
 * The deadline that is firing is never touched here: its own command closes it.
 */
@ApplicationScoped
public class ApplicationDeadlines {

    public static final String DECISION_DUE = "qualification.DecisionDue";
    public static final String APPEAL_WINDOW_CLOSES = "qualification.AppealWindowCloses";
    public static final String COMPENSATION_DUE = "qualification.CompensationDue";

    /** What a deadline of an application is scheduled with: the day it is about (the command reads today from the calendar). */
    public record Payload(java.time.LocalDate on) {
    }

    @Inject
    Deadlines deadlines;

    @Inject
    RegionalCalendar calendar;

    public Decision<RecognitionApplication> follow(Decision<RecognitionApplication> decision) {
        RecognitionApplication application = decision.state();
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            Object event = recorded.event();
            if (event instanceof ApplicationSubmitted e && e.decisionDueOn() != null) {
                decisionDue(application, e.decisionDueOn());
            } else if (event instanceof DocumentsSupplied e && application.clock().escalatedOn() == null) {
                decisionDue(application, e.decisionDueOn());
            } else if (event instanceof DocumentsRequested) {
                deadlines.cancel(DECISION_DUE, application.id(), "paused: documents requested");
            } else if (event instanceof ApplicationRefused e) {
                deadlines.cancel(DECISION_DUE, application.id(), "decided: refused");
                if (e.appealUntil() != null) {
                    deadlines.schedule(Deadline.of(APPEAL_WINDOW_CLOSES, application.id(), calendar.endOf(e.appealUntil()),
                            application.organisation(), "The refusal becomes final unless appealed by " + e.appealUntil(),
                            new Payload(e.appealUntil())));
                }
            } else if (event instanceof ConditionallyRecognised e) {
                deadlines.cancel(DECISION_DUE, application.id(), "decided: recognised on condition");
                deadlines.schedule(Deadline.of(COMPENSATION_DUE, application.id(), calendar.endOf(e.completeBy()), application.organisation(),
                        "The conditional recognition lapses unless the " + e.measure().name().toLowerCase().replace('_', ' ')
                                + " is completed by " + e.completeBy(), new Payload(e.completeBy())));
            } else if (event instanceof QualificationRecognised) {
                deadlines.cancel(DECISION_DUE, application.id(), "decided: recognised");
            } else if (event instanceof RefusalAppealed) {
                deadlines.cancel(APPEAL_WINDOW_CLOSES, application.id(), "appealed");
            } else if (event instanceof CompensationCompleted) {
                deadlines.cancel(COMPENSATION_DUE, application.id(), "compensation measure completed");
            }
        }
        return decision;
    }

    private void decisionDue(RecognitionApplication application, java.time.LocalDate dueOn) {
        deadlines.schedule(Deadline.of(DECISION_DUE, application.id(), calendar.endOf(dueOn), application.organisation(),
                "The application is escalated unless decided by " + dueOn, new Payload(dueOn)));
    }
}
