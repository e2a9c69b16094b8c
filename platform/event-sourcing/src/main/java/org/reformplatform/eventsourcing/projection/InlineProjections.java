package org.reformplatform.eventsourcing.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.store.EventsAppended;
import org.reformplatform.eventsourcing.store.StoredEvent;

/**
 * The inline lifecycle: projections marked {@link Projection#inline()} take the events a command
 * appends in the command's own transaction, through the same {@link Projector} (stream order,
 * exactly once) and under the same live-update lock as the consumer loop, so that rebuilds and
 * verifications see them like any other projection. A command whose projection refuses an event
 * fails as a whole: an inline read model never lags and never misses an event of a committed command.
 */
@ApplicationScoped
public class InlineProjections {

    @Inject
    Instance<Projection> projections;

    @Inject
    Projector projector;

    @Inject
    PlatformMetrics metrics;

    private List<Projection> inline;

    @PostConstruct
    void init() {
        inline = projections.stream().filter(Projection::inline).toList();
    }

    void onAppended(@Observes EventsAppended appended) {
        if (inline.isEmpty()) {
            return;
        }
        Map<Projection, List<StoredEvent>> events = new LinkedHashMap<>();
        inline.forEach(projection -> events.put(projection, appended.events()));
        projector.applyEachEntering(events).forEach((projection, outcome) -> metrics.projected(projection.name(), outcome));
    }
}
