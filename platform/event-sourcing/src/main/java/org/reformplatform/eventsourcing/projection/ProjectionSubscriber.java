package org.reformplatform.eventsourcing.projection;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/** Feeds a {@link Projection} from the service's own topic, through the {@link Projector}. */
final class ProjectionSubscriber implements Subscriber {

    private final Projection projection;
    private final Projector projector;
    private final Transactions transactions;
    private final EventCodec codec;
    private final PlatformSettings settings;
    private final PlatformMetrics metrics;

    ProjectionSubscriber(Projection projection, Projector projector, Transactions transactions, EventCodec codec,
            PlatformSettings settings, PlatformMetrics metrics) {
        this.projection = projection;
        this.projector = projector;
        this.transactions = transactions;
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
    public List<StoredEvent> apply(List<CloudEvent> batch, Set<UUID> refused) {
        LiveUpdates.enter(transactions, projection.name());
        List<StoredEvent> events = batch.stream().map(e -> Delivered.asStored(e, codec)).toList();
        Projector.Outcome outcome = projection.inline() ? projector.applyAfterInline(projection, events, refused)
                : projector.apply(projection, events, refused);
        metrics.projected(projection.name(), outcome);
        return outcome.deadLettered();
    }

    @Override
    public Projection rebuildable() {
        return projection;
    }
}
