package org.reformplatform.evaluation.scheme;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.scheme.SchemeCommand.DefineScheme;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** An institution defines its classified scheme: version 1 of its tracks. */
@ApplicationScoped
public class DefineSchemeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Scheme> handle(SchemeId id, String institution, String name, String description, List<Track> tracks) {
        return aggregates.handle(Scheme.TYPE, id, new DefineScheme(id, institution, name, description, tracks, clock.instant()));
    }
}
