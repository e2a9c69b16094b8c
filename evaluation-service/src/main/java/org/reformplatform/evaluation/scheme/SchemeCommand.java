package org.reformplatform.evaluation.scheme;

import java.time.Instant;
import java.util.List;

/** What institutions and operators ask of an evaluation scheme. */
public sealed interface SchemeCommand {

    record DefineScheme(SchemeId id, String institution, String name, String description, List<Track> tracks, Instant at)
            implements SchemeCommand {
    }

    /** A new version of the tracks; cycles already open keep theirs. */
    record ReviseScheme(List<Track> tracks, String note, Instant at) implements SchemeCommand {
    }
}
