package org.reformplatform.mobility.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.mobility.arrangement.Actor;
import org.reformplatform.mobility.arrangement.Arrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApproveArrangement;
import org.reformplatform.mobility.arrangement.ArrangementEvent;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementLapsed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralExpired;
import org.reformplatform.mobility.arrangement.ArrangementEvent.TermExtended;
import org.reformplatform.mobility.arrangement.DeadlinePlan;
import org.reformplatform.mobility.arrangement.Ending;

/**
 * Replays one arrangement's recorded inputs through the {@link Arrangement} decider under the
 * policy tried, in memory. Until approval the history is taken as recorded (a policy applies from
 * approval on); the approval is decided again under the policy tried, and every later input is
 * decided again in recorded order, interleaved with the deadlines the simulated events schedule
 * ({@link DeadlinePlan}): a deadline due before the next input's day fires first, with the
 * command its handler gives, so an agreement signed on day 25 lapses under a 20-day signing
 * period and the later inputs are refused as they would have been. Deadlines due by
 * {@code asOf} fire at the end. Pure: no clock, no I/O.
 */
public final class ArrangementReplay {

    /** The actor of inputs whose authorisation is not what a policy varies. */
    private static final Actor OPERATOR = Actor.operator(null);

    private static final Decider<Arrangement, ArrangementCommand, ArrangementEvent> DECIDER = Arrangement.TYPE.decider();

    /** An input the simulated arrangement refused, with the rule that refused it. */
    public record Refusal(LocalDate on, String input, String rule) {
    }

    /**
     * @param simulatedEvents every event of the simulated arrangement, in order (the recorded ones up to approval)
     */
    public record Replayed(Outcome recorded, Outcome simulated, List<ArrangementEvent> simulatedEvents, List<Refusal> refusals,
            LocalDate approvedOn) {

        public boolean changed() {
            return simulated.differsFrom(recorded);
        }
    }

    private ArrangementReplay() {
    }

    public static Replayed replay(RecordedArrangement history, PolicyTried policy, ZoneId zone, WorkingCalendar calendar, Instant asOf) {
        return new Run(policy, zone, calendar).replay(history, asOf);
    }

    /** The outcome as recorded: the recorded events folded, with what decided the last change of status. */
    public static Outcome recordedOutcome(RecordedArrangement history, ZoneId zone) {
        Arrangement state = DECIDER.initialState();
        String decidedBy = "applied";
        boolean extended = false;
        for (RecordedArrangement.Entry e : history.entries()) {
            Arrangement next = DECIDER.evolve(state, e.event());
            extended |= e.event() instanceof TermExtended;
            if (next.status() != state.status() || e.event() instanceof ArrangementEnded) {
                decidedBy = e.byDeadline() ? deadlineOf(e.event()) : e.event().getClass().getSimpleName() + " on " + LocalDate.ofInstant(e.occurredAt(), zone);
            }
            state = next;
        }
        return Outcome.of(state, decidedBy, extended);
    }

    private static final class Run {
        private final PolicyTried policy;
        private final ZoneId zone;
        private final WorkingCalendar calendar;
        private final List<ArrangementEvent> events = new ArrayList<>();
        private final List<Refusal> refusals = new ArrayList<>();
        /** The pending deadlines by name (scheduling one again moves it), each for the end of its day. */
        private final Map<String, LocalDate> pending = new TreeMap<>();
        private Arrangement state = DECIDER.initialState();
        private String decidedBy = "applied";
        private boolean extended;

        Run(PolicyTried policy, ZoneId zone, WorkingCalendar calendar) {
            this.policy = policy;
            this.zone = zone;
            this.calendar = calendar;
        }

        Replayed replay(RecordedArrangement history, Instant asOf) {
            Arrangement recorded = DECIDER.initialState();
            boolean approved = false;
            LocalDate approvedOn = null;
            for (RecordedArrangement.Entry entry : history.entries()) {
                ArrangementEvent event = entry.event();
                if (!approved && !(event instanceof ArrangementApproved)) {
                    take(List.of(event), " on " + LocalDate.ofInstant(entry.occurredAt(), zone)); // before approval: as recorded
                } else if (event instanceof ArrangementApproved a) {
                    approved = true;
                    approvedOn = LocalDate.ofInstant(a.approvedAt(), zone);
                    fireDueBefore(approvedOn);
                    decide(approval(a, approvedOn), entry.occurredAt(), "approval");
                } else {
                    ArrangementCommand input = RecordedInputs.commandFor(entry, recorded, zone);
                    if (input != null) {
                        fireDueBefore(LocalDate.ofInstant(entry.occurredAt(), zone));
                        decide(input, entry.occurredAt(), input.getClass().getSimpleName());
                    }
                }
                recorded = DECIDER.evolve(recorded, event);
            }
            fireDueBefore(LocalDate.ofInstant(asOf, zone));
            return new Replayed(recordedOutcome(history, zone), Outcome.of(state, decidedBy, extended), List.copyOf(events),
                    List.copyOf(refusals), approvedOn);
        }

        /** The recorded approval decided again, by whom it was recorded (a policy that no longer delegates it refuses the institution). */
        private ArrangementCommand approval(ArrangementApproved recorded, LocalDate approvedOn) {
            Actor approver = "HOME_INSTITUTION".equals(recorded.approvedBy()) ? Actor.partner(state.institution()) : OPERATOR;
            if (policy.asRecorded()) {
                return new ApproveArrangement(approver, recorded.policyVersion(), recorded.policy(), approvedOn, recorded.approvedAt());
            }
            return new ApproveArrangement(approver, policy.version(), policy.rulesFor(state.form()), approvedOn, recorded.approvedAt());
        }

        /** Fires, in date order, every pending deadline due before {@code day} begins (due at the end of an earlier day). */
        private void fireDueBefore(LocalDate day) {
            while (true) {
                Optional<Map.Entry<String, LocalDate>> next = pending.entrySet().stream()
                        .filter(p -> p.getValue().isBefore(day))
                        .min(Comparator.comparing((Map.Entry<String, LocalDate> p) -> p.getValue()).thenComparing(Map.Entry::getKey));
                if (next.isEmpty()) {
                    return;
                }
                String name = next.get().getKey();
                LocalDate due = next.get().getValue();
                pending.remove(name);
                LocalDate firesOn = due.plusDays(1);
                ArrangementCommand command = DeadlinePlan.command(name, firesOn, firesOn.atStartOfDay(zone).toInstant(), calendar);
                try {
                    take(DECIDER.decide(command, state), name + " due " + due);
                } catch (RuleViolation refused) {
                    // A deadline whose moment has passed (signed, ended meanwhile) closes, as the dispatcher closes it.
                }
            }
        }

        private void decide(ArrangementCommand command, Instant at, String input) {
            try {
                take(DECIDER.decide(command, state), " on " + LocalDate.ofInstant(at, zone));
            } catch (RuleViolation refused) {
                refusals.add(new Refusal(LocalDate.ofInstant(at, zone), input, refused.code()));
            } catch (IllegalArgumentException refused) {
                refusals.add(new Refusal(LocalDate.ofInstant(at, zone), input, refused.getMessage()));
            }
        }

        private void take(List<ArrangementEvent> decided, String cause) {
            for (ArrangementEvent event : decided) {
                Arrangement next = DECIDER.evolve(state, event);
                extended |= event instanceof TermExtended;
                if (next.status() != state.status() || event instanceof ArrangementEnded) {
                    // An input reads as the event it decided, as the recorded outcome does; a deadline by its name and day.
                    decidedBy = cause.startsWith(" on ") ? event.getClass().getSimpleName() + cause : cause;
                }
                state = next;
                events.add(event);
                for (DeadlinePlan.Change change : DeadlinePlan.after(event)) {
                    if (change instanceof DeadlinePlan.Schedule s) {
                        pending.put(s.name(), s.on());
                    } else {
                        pending.remove(change.name());
                    }
                }
            }
        }
    }

    private static String deadlineOf(ArrangementEvent event) {
        if (event instanceof ArrangementLapsed l) {
            return DeadlinePlan.SIGNING_LAPSE + " due " + l.signBy();
        }
        if (event instanceof DeferralExpired d) {
            return DeadlinePlan.DEFERRAL_EXPIRY + " due " + d.deferredUntil();
        }
        if (event instanceof ArrangementEnded e) {
            return e.ending() == Ending.COMPLETED ? DeadlinePlan.TERM_END + " due " + e.endedOn()
                    : DeadlinePlan.UNDECIDED + " due " + e.endedOn();
        }
        return "deadline";
    }
}
