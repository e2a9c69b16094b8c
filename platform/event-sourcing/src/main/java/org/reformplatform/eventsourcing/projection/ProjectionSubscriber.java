package org.reformplatform.eventsourcing.projection;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Feeds a {@link Projection} from the service's own topic. */
final class ProjectionSubscriber implements Subscriber {

    private final Projection projection;
    private final EventCodec codec;
    private final PlatformSettings settings;
    private final Set<String> eventNames;

    ProjectionSubscriber(Projection projection, EventCodec codec, PlatformSettings settings) {
        this.projection = projection;
        this.codec = codec;
        this.settings = settings;
        this.eventNames = projection.eventTypes().stream().map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());
    }

    Set<String> eventNames() {
        return eventNames;
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
        return settings.source().equals(event.source()) && eventNames.contains(event.eventName());
    }

    @Override
    public void deliver(CloudEvent event) {
        Object decoded = codec.decode(event.eventName(), event.schemaVersion(), event.dataAsString());
        projection.apply(new RecordedEvent<>(event.position(), event.subject(), event.streamType(), event.streamVersion(),
                event.id(), event.eventName(), event.schemaVersion(), decoded,
                new EventMetadata(event.correlationId(), event.causationId(), null, event.organisation(), event.traceparent()),
                event.time()));
    }

    @Override
    public Projection rebuildable() {
        return projection;
    }
}
