package org.reformplatform.evaluation.cycle;

import java.time.Clock;

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

    /** @param pilotId the pilot the cycle belongs to, or null for none */
    public Decision<Cycle> handle(CycleId id, SchemeId schemeId, String name, PilotId pilotId) {
        Loaded<Scheme> scheme = aggregates.load(Scheme.TYPE, schemeId, () -> SchemeAccess.unknown(schemeId));
        String institution = scheme.state().institution();
        PilotMembership membership = null;
        if (pilotId != null) {
            Loaded<Pilot> pilot = aggregates.load(Pilot.TYPE, pilotId, () -> PilotAccess.unknown(pilotId));
            membership = new PilotMembership(pilotId, pilot.state().isMember(institution));
        }
        SchemeVersion version = scheme.state().current();
        return aggregates.handle(Cycle.TYPE, id, new OpenCycle(id, schemeId, version.number(), institution, name, version.tracks(), membership,
                clock.instant()));
    }
}
