package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementWithdrawn;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralExpired;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralGranted;
import org.reformplatform.mobility.arrangement.ArrangementEvent.TermExtended;

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

    public static final String SIGNING_LAPSE = "mobility.SigningLapse";
    public static final String TERM_END = "mobility.TermEnd";
    public static final String DEFERRAL_EXPIRY = "mobility.DeferralExpiry";
    public static final String UNDECIDED = "mobility.ReturnOrResignUndecided";

    @Inject
    Deadlines deadlines;

    @Inject
    RegionalCalendar calendar;

    /** Schedules, moves and cancels the deadlines the decision's events call for. */
    public Decision<Arrangement> follow(Decision<Arrangement> decision) {
        Arrangement a = decision.state();
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            Object event = recorded.event();
            if (event instanceof ArrangementApproved approved && approved.signBy() != null) {
                schedule(SIGNING_LAPSE, a, approved.signBy(), "The approval lapses unless every required party signs by " + approved.signBy());
            } else if (event instanceof ArrangementActivated activated) {
                cancel(SIGNING_LAPSE, a, "signed: the arrangement is active");
                schedule(TERM_END, a, activated.endsOn(), "The term ends on " + activated.endsOn() + ": the arrangement completes");
            } else if (event instanceof ArrangementWithdrawn) {
                cancel(SIGNING_LAPSE, a, "withdrawn by the institution");
            } else if (event instanceof TermExtended extended) {
                schedule(TERM_END, a, extended.endsOn(), "The term ends on " + extended.endsOn() + ": the arrangement completes");
            } else if (event instanceof DeferralGranted deferral) {
                cancel(TERM_END, a, "a deferral until " + deferral.deferredUntil() + " follows the term");
                schedule(DEFERRAL_EXPIRY, a, deferral.deferredUntil(),
                        "The deferral ends on " + deferral.deferredUntil() + ": the researcher must then return or resign");
            } else if (event instanceof DeferralExpired expired) {
                schedule(UNDECIDED, a, expired.decideBy(), "Unless the researcher returns or resigns by " + expired.decideBy()
                        + ", the arrangement ends as " + expired.ifUndecided());
            } else if (event instanceof ArrangementEnded ended) {
                String reason = "the arrangement ended: " + ended.ending();
                cancel(TERM_END, a, reason);
                cancel(DEFERRAL_EXPIRY, a, reason);
                cancel(UNDECIDED, a, reason);
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
