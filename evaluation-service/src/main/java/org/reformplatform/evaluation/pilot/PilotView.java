package org.reformplatform.evaluation.pilot;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pilot as the API shows it, current as of now: its member institutions by code and name, and how many measures they recorded. */
@Schema(name = "Pilot")
public record PilotView(UUID id, String name, String description, Map<String, String> members, int measures) {

    static PilotView of(Pilot pilot) {
        return new PilotView(pilot.id().value(), pilot.name(), pilot.description(), pilot.members(), pilot.measures().size());
    }
}
