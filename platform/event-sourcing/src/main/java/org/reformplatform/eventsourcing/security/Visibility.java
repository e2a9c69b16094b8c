package org.reformplatform.eventsourcing.security;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Id;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * "Visible or 404" for one aggregate, as every feature's {@code *Access} class reads it:
 *
 * <pre>
 * return visibility.visible(Pledge.TYPE, id, Pledge::institution, () -&gt; unknown(id));
 * </pre>
 *
 * The aggregate as of now, read from its stream, if it exists and the caller may see it (its owning
 * organisation's, see {@link Caller#mayAccess}); otherwise {@code unknown}, the feature's own 404, so
 * that another organisation's ids reveal nothing, not even that they exist.
 */
@ApplicationScoped
public class Visibility {

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    /**
     * @param owner   the organisation the aggregate belongs to, from its state
     * @param unknown the feature's 404 naming the id
     */
    public <S> Loaded<S> visible(AggregateType<S, ?, ?> type, Id id, Function<? super S, String> owner, Supplier<RuleViolation> unknown) {
        return caller.visible(aggregates.load(type, id, unknown), loaded -> owner.apply(loaded.state()), unknown);
    }
}
