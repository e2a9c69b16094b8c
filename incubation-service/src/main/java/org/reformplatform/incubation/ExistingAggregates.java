package org.reformplatform.incubation;

import java.util.OptionalInt;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Id;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Aggregates that must exist already: a partner an agreement is signed with, a venture a round is
 * closed in. An unknown id is refused with the feature's own 404 naming the id, before an
 * {@code If-Match} is compared with a version the stream does not have; the deciders' own
 * "no such ..." refusal stays a safety net. Handlers and the features' access classes share it,
 * so that the check is written once.
 */
@ApplicationScoped
public class ExistingAggregates {

    @Inject
    Aggregates aggregates;

    /** The aggregate as of now; {@code unknown} when its stream does not exist. */
    public <S, C, E> Loaded<S> load(AggregateType<S, C, E> type, Id id, Supplier<RuleViolation> unknown) {
        Loaded<S> loaded = aggregates.load(type, id);
        if (!loaded.exists()) {
            throw unknown.get();
        }
        return loaded;
    }

    /** Runs the command on the aggregate, in the caller's transaction; {@code unknown} when it does not exist. */
    public <S, C, E> Decision<S> handle(AggregateType<S, C, E> type, Id id, C command, OptionalInt expectedVersion,
            Supplier<RuleViolation> unknown) {
        load(type, id, unknown);
        return aggregates.handle(type, id, command, expectedVersion);
    }
}
