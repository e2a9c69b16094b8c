package org.reformplatform.mobility.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.CompleteTerm;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DeemReturnOrResign;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExpireDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.LapseUnsignedArrangement;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementWithdrawn;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralExpired;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralGranted;
import org.reformplatform.mobility.arrangement.ArrangementEvent.TermExtended;

/**
 * What an arrangement's events make due, and what each deadline asks of the arrangement when it
 * falls due, as plain functions: {@link ArrangementDeadlines} schedules them in the kernel's
 * deadline table, the policy laboratory in memory, from the same rules. A date "on" which something
 * happens falls due when that day is over in the region.
 */
public final class DeadlinePlan {

    public static final String SIGNING_LAPSE = "mobility.SigningLapse";
    public static final String TERM_END = "mobility.TermEnd";
    public static final String DEFERRAL_EXPIRY = "mobility.DeferralExpiry";
    public static final String UNDECIDED = "mobility.ReturnOrResignUndecided";

    /** A deadline to schedule (or move) for the end of {@code on}, or to cancel. */
    public sealed interface Change {
        String name();
    }

    public record Schedule(String name, LocalDate on, String subject) implements Change {
    }

    public record Cancel(String name, String reason) implements Change {
    }

    private DeadlinePlan() {
    }

    /** The deadlines one event schedules, moves and cancels. */
    public static List<Change> after(ArrangementEvent event) {
        if (event instanceof ArrangementApproved approved && approved.signBy() != null) {
            return List.of(new Schedule(SIGNING_LAPSE, approved.signBy(),
                    "The approval lapses unless every required party signs by " + approved.signBy()));
        }
        if (event instanceof ArrangementActivated activated) {
            return List.of(new Cancel(SIGNING_LAPSE, "signed: the arrangement is active"),
                    new Schedule(TERM_END, activated.endsOn(), "The term ends on " + activated.endsOn() + ": the arrangement completes"));
        }
        if (event instanceof ArrangementWithdrawn) {
            return List.of(new Cancel(SIGNING_LAPSE, "withdrawn by the institution"));
        }
        if (event instanceof TermExtended extended) {
            return List.of(new Schedule(TERM_END, extended.endsOn(), "The term ends on " + extended.endsOn() + ": the arrangement completes"));
        }
        if (event instanceof DeferralGranted deferral) {
            return List.of(new Cancel(TERM_END, "a deferral until " + deferral.deferredUntil() + " follows the term"),
                    new Schedule(DEFERRAL_EXPIRY, deferral.deferredUntil(),
                            "The deferral ends on " + deferral.deferredUntil() + ": the researcher must then return or resign"));
        }
        if (event instanceof DeferralExpired expired) {
            return List.of(new Schedule(UNDECIDED, expired.decideBy(), "Unless the researcher returns or resigns by " + expired.decideBy()
                    + ", the arrangement ends as " + expired.ifUndecided()));
        }
        if (event instanceof ArrangementEnded ended) {
            String reason = "the arrangement ended: " + ended.ending();
            return List.of(new Cancel(TERM_END, reason), new Cancel(DEFERRAL_EXPIRY, reason), new Cancel(UNDECIDED, reason));
        }
        return List.of();
    }

    /**
     * The command a deadline gives the arrangement when it fires: {@code today} is the day it fires
     * on (the day after the one it was due on, or later), {@code at} the moment.
     */
    public static ArrangementCommand command(String name, LocalDate today, Instant at, WorkingCalendar calendar) {
        return switch (name) {
            case SIGNING_LAPSE -> new LapseUnsignedArrangement(today, at);
            case TERM_END -> new CompleteTerm(today);
            case DEFERRAL_EXPIRY -> new ExpireDeferral(today, calendar);
            case UNDECIDED -> new DeemReturnOrResign(today);
            default -> throw new IllegalArgumentException("no arrangement deadline " + name);
        };
    }
}
