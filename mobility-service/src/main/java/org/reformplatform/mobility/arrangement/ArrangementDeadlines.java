package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * What an arrangement's events make due, in one place: every use-case handler passes its decision
 * here, in its own transaction, right after appending. A date "on" which something happens falls due
 * when that day is over in the region ({@link RegionalCalendar#endOf}). The deadlines belong to the
 * home institution, which sees them under {@code /v1/deadlines}.
 *
 * <ul>
 * <li>{@value #SIGNING_LAPSE}: scheduled on approval for the end of {@code signBy}; cancelled when
 * the last signature activates the arrangement or the institution withdraws it.</li>
 * <li>{@value #TERM_END}: scheduled on activation for the end of the term's last day; moved by an
 * extension; cancelled by a deferral (its own deadline follows) or an earlier end.</li>
 * <li>{@value #DEFERRAL_EXPIRY}: scheduled when a deferral is granted, for the end of
 * {@code deferredUntil}; cancelled by an earlier end.</li>
 * <li>{@value #UNDECIDED}: scheduled when the deferral expires, for the end of {@code decideBy};
 * cancelled by the researcher's decision (or any other end).</li>
 * </ul>
 */
@ApplicationScoped
public class ArrangementDeadlines {

    public static final String SIGNING_LAPSE = DeadlinePlan.SIGNING_LAPSE;
    public static final String TERM_END = DeadlinePlan.TERM_END;
    public static final String DEFERRAL_EXPIRY = DeadlinePlan.DEFERRAL_EXPIRY;
    public static final String UNDECIDED = DeadlinePlan.UNDECIDED;

    @Inject
    Deadlines deadlines;

    @Inject
    RegionalCalendar calendar;

    /** Schedules, moves and cancels the deadlines the decision's events call for ({@link DeadlinePlan#after}). */
    public Decision<Arrangement> follow(Decision<Arrangement> decision) {
        Arrangement a = decision.state();
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            if (!(recorded.event() instanceof ArrangementEvent event)) {
                continue;
            }
            for (DeadlinePlan.Change change : DeadlinePlan.after(event)) {
                if (change instanceof DeadlinePlan.Schedule s) {
                    schedule(s.name(), a, s.on(), s.subject());
                } else if (change instanceof DeadlinePlan.Cancel c) {
                    cancel(c.name(), a, c.reason());
                }
            }
        }
        return decision;
    }

    private void schedule(String name, Arrangement arrangement, LocalDate on, String subject) {
        deadlines.schedule(Deadline.of(name, arrangement.id(), calendar.endOf(on), arrangement.institution(), subject, null));
    }

    private void cancel(String name, Arrangement arrangement, String reason) {
        // The deadline firing now is already marked fired by the kernel: this touches only pending ones.
        deadlines.cancel(name, arrangement.id(), reason);
    }
}
