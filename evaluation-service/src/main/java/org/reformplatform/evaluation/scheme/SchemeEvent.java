package org.reformplatform.evaluation.scheme;

import java.time.Instant;
import java.util.List;

import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to an evaluation scheme. Published on {@code evaluation.events}. */
public sealed interface SchemeEvent {

    SchemeId schemeId();

    /** An institution's classified scheme, at version 1. */
    record SchemeDefined(SchemeId schemeId, String institution, @NotPersonalData("the name of an evaluation scheme") String name, String description, int version, List<Track> tracks,
            Instant definedAt) implements SchemeEvent {
    }

    /** A new version of the scheme's tracks, in force for cycles opened from now on. */
    record SchemeRevised(SchemeId schemeId, String institution, int version, List<Track> tracks, String note, Instant revisedAt)
            implements SchemeEvent {
    }
}
