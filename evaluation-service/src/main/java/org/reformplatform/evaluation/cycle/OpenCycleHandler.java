package org.reformplatform.evaluation.cycle;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.OpenCycle;
import org.reformplatform.evaluation.pilot.Pilot;
import org.reformplatform.evaluation.pilot.PilotAccess;
import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.scheme.Scheme;
import org.reformplatform.evaluation.scheme.SchemeAccess;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.SchemeVersion;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.command.Loaded;

/**
 * A cycle opened for a scheme, keeping the tracks of the scheme's current version, for the scheme's
 * institution; under a pilot if one is named, which that institution must have joined. Three streams
 * are read, one is written: what the cycle needs of the others travels in its command.
 */
@ApplicationScoped
public class OpenCycleHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    Deadlines deadlines;

    /** @param pilotId the pilot the cycle belongs to, or null for none */
    public Decision<Cycle> handle(CycleId id, SchemeId schemeId, String name, PilotId pilotId) {
        return handle(id, schemeId, name, pilotId, null);
    }

    /**
     * @param dossiersUntil and {@code scoresUntil}: its timetable, both or neither (422 {@code timetable-incomplete}); each is
     *                      scheduled for the end of its day in the region ({@link CycleDossiersDue}, {@link CycleScoringDue})
     */
    public Decision<Cycle> handle(CycleId id, SchemeId schemeId, String name, PilotId pilotId, LocalDate dossiersUntil, LocalDate scoresUntil) {
        require((dossiersUntil == null) == (scoresUntil == null), () -> RuleViolation.invalid("timetable-incomplete",
                "Give both dossiersUntil and scoresUntil, or neither"));
        return handle(id, schemeId, name, pilotId, dossiersUntil == null ? null : new CycleTimetable(dossiersUntil, scoresUntil));
    }

    /**
     * @param timetable its dossier and scoring deadlines, or null for a cycle that takes dossiers until it concludes
     */
    public Decision<Cycle> handle(CycleId id, SchemeId schemeId, String name, PilotId pilotId, CycleTimetable timetable) {
        Loaded<Scheme> scheme = aggregates.load(Scheme.TYPE, schemeId, () -> SchemeAccess.unknown(schemeId));
        String institution = scheme.state().institution();
        PilotMembership membership = null;
        if (pilotId != null) {
            Loaded<Pilot> pilot = aggregates.load(Pilot.TYPE, pilotId, () -> PilotAccess.unknown(pilotId));
            membership = new PilotMembership(pilotId, pilot.state().isMember(institution));
        }
        SchemeVersion version = scheme.state().current();
        Decision<Cycle> opened = aggregates.handle(Cycle.TYPE, id, new OpenCycle(id, schemeId, version.number(), institution, name,
                version.tracks(), membership, timetable, calendar.today(), clock.instant()));
        if (timetable != null) {
            deadlines.schedule(Deadline.of(CycleDossiersDue.NAME, id, calendar.endOf(timetable.dossiersUntil()), institution,
                    "Cycle \"" + name + "\" takes dossiers until " + timetable.dossiersUntil() + ", then is scored", null));
            deadlines.schedule(Deadline.of(CycleScoringDue.NAME, id, calendar.endOf(timetable.scoresUntil()), institution,
                    "Cycle \"" + name + "\" owes its score sheets by " + timetable.scoresUntil() + "; those missing are flagged overdue", null));
        }
        return opened;
    }
}
