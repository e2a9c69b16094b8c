package org.reformplatform.eventsourcing.projection;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.StoredEvent;

/** Feeds a {@link Projection} from the service's own topic, through the {@link Projector}. */
final class ProjectionSubscriber implements Subscriber {

    private final Projection projection;
    private final Projector projector;
    private final EventCodec codec;
    private final PlatformSettings settings;
    private final PlatformMetrics metrics;

    ProjectionSubscriber(Projection projection, Projector projector, EventCodec codec,
            PlatformSettings settings, PlatformMetrics metrics) {
        this.projection = projection;
        this.projector = projector;
        this.codec = codec;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return projection.name();
    }

    @Override
    public List<String> topics() {
        return List.of(settings.eventsTopic());
    }

    @Override
    public boolean wants(CloudEvent event) {
        // Every event of the service, read or not: the stream's order counts them all.
        return settings.source().equals(event.source());
    }

    @Override
    public Optional<String> liveUpdates() {
        return Optional.of(projection.name());
    }

    @Override
    public List<StoredEvent> apply(List<CloudEvent> batch, Set<UUID> refused) {
        List<StoredEvent> events = batch.stream().map(e -> Delivered.asStored(e, codec)).toList();
        Projector.Outcome outcome = projection.inline() ? projector.applyAfterInline(projection, events, refused)
                : projector.apply(projection, events, refused);
        metrics.projected(projection.name(), outcome);
        return outcome.deadLettered();
    }

    /**
     * Applies each projection's share of a batch in the caller's transaction, all through one
     * {@link Projector#applyEachAfterInline} (their cursors in two statements, each event decoded
     * once), as {@link #apply} would one by one with nothing refused. Every projection of a service
     * shares the service's one projector.
     */
    static void applyTogether(Map<ProjectionSubscriber, List<CloudEvent>> batches) {
        if (batches.isEmpty()) {
            return;
        }
        ProjectionSubscriber first = batches.keySet().iterator().next();
        Map<CloudEvent, StoredEvent> stored = new IdentityHashMap<>();
        Map<Projection, List<StoredEvent>> events = new LinkedHashMap<>();
        batches.forEach((subscriber, batch) -> {
            if (subscriber.projector != first.projector) {
                throw new IllegalArgumentException(subscriber.name() + " cannot be applied together with " + first.name());
            }
            events.put(subscriber.projection, batch.stream().map(e -> stored.computeIfAbsent(e, d -> Delivered.asStored(d, first.codec))).toList());
        });
        first.projector.applyEachAfterInline(events).forEach((projection, outcome) -> first.metrics.projected(projection.name(), outcome));
    }

    @Override
    public Projection rebuildable() {
        return projection;
    }
}
