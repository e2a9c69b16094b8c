package org.reformplatform.evaluation.scheme;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.scheme.SchemeCommand.ReviseScheme;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A scheme's tracks revised: the next version, for cycles opened from now on. */
@ApplicationScoped
public class ReviseSchemeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Scheme> handle(SchemeId id, List<Track> tracks, String note, OptionalInt expectedVersion) {
        return aggregates.handle(Scheme.TYPE, id, new ReviseScheme(tracks, note, clock.instant()), expectedVersion);
    }
}
