package org.reformplatform.evaluation.cycle;

import org.reformplatform.evaluation.pilot.PilotId;

/** The fact a cycle opened under a pilot needs: whether its institution is a member of the pilot. */
public record PilotMembership(PilotId pilotId, boolean member) {
}
