package org.reformplatform.mobility.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.mobility.arrangement.Arrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand;
import org.reformplatform.mobility.arrangement.ArrangementEvent;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.DeadlinePlan;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.policy.DefaultPolicy;

/**
 * The recorded world of a test: one arrangement's commands decided by the real decider at given
 * days (10:00 in the region), its deadlines fired by a stand-in dispatcher when their day is over,
 * and only what was decided kept, as the store keeps it: refused commands leave no trace.
 */
final class RecordingWorld {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR = WorkingCalendar.weekdaysOnly("CN");

    private final List<RecordedArrangement.Entry> entries = new ArrayList<>();
    private final Map<String, LocalDate> pending = new TreeMap<>();
    private Arrangement state = Arrangement.TYPE.decider().initialState();

    static FormPolicy defaults(ArrangementForm form) {
        return DefaultPolicy.forms().stream().filter(f -> f.form() == form).findFirst().orElseThrow();
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    Arrangement state() {
        return state;
    }

    /** The command at 10:00 on {@code day}, after the deadlines due before it; false if refused (and so not recorded). */
    boolean input(LocalDate day, Function<Instant, ArrangementCommand> command) {
        until(day);
        try {
            record(Arrangement.TYPE.decider().decide(command.apply(at(day)), state), at(day), false);
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }

    /** Fires every deadline due before {@code day} begins, at the start of the day after each is due. */
    RecordingWorld until(LocalDate day) {
        while (true) {
            var next = pending.entrySet().stream().filter(p -> p.getValue().isBefore(day)).min(Map.Entry.comparingByValue());
            if (next.isEmpty()) {
                return this;
            }
            String name = next.get().getKey();
            LocalDate due = pending.remove(name);
            Instant firedAt = due.plusDays(1).atStartOfDay(ZONE).toInstant();
            try {
                record(Arrangement.TYPE.decider().decide(DeadlinePlan.command(name, due.plusDays(1), firedAt, CALENDAR), state), firedAt, true);
            } catch (RuleViolation closed) {
                // the dispatcher closes a deadline its command refuses
            }
        }
    }

    RecordedArrangement history() {
        return new RecordedArrangement(entries);
    }

    private void record(List<ArrangementEvent> events, Instant at, boolean byDeadline) {
        for (ArrangementEvent event : events) {
            state = Arrangement.TYPE.decider().evolve(state, event);
            entries.add(new RecordedArrangement.Entry(event, at, byDeadline));
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
