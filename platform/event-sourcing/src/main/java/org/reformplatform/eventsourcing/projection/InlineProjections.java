package org.reformplatform.eventsourcing.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.privacy.PersonalDataEvent;
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
        inline.forEach(projection -> {
            List<StoredEvent> its = appended.events().stream().filter(event -> takesInline(projection, event)).toList();
            if (!its.isEmpty()) {
                events.put(projection, its);
            }
        });
        if (events.isEmpty()) {
            return;
        }
        projector.applyEachEntering(events).forEach((projection, outcome) -> metrics.projected(projection.name(), outcome));
    }

    /** Whether the command's transaction applies this event to the projection; if not, its consumer does, from the topic. */
    private static boolean takesInline(Projection projection, StoredEvent event) {
        Set<String> streamTypes = projection.inlineStreamTypes();
        return streamTypes.isEmpty() || streamTypes.contains(event.streamType()) || PersonalDataEvent.STREAM_TYPE.equals(event.streamType());
    }
}
