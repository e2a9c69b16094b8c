package org.reformplatform.eventsourcing.outbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.eventsourcing.store.EventTypes;
import org.reformplatform.eventsourcing.store.StoredEvent;

/** Stored events to CloudEvents: the envelope every service publishes. */
@ApplicationScoped
public class OutboxEnvelopes {

    @Inject
    PlatformSettings settings;

    @Inject
    EventTypes types;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "platform.events.schema-base-uri", defaultValue = "https://reform-platform.org/events/")
    String schemaBase;

    public CloudEvent toCloudEvent(StoredEvent event) {
        return toCloudEvent(event, metadata(event));
    }

    /** The envelope, with the metadata already read (the relay reads it with the event). */
    public CloudEvent toCloudEvent(StoredEvent event, EventMetadata metadata) {
        return new CloudEvent(
                event.eventId(),
                settings.source(),
                types.cloudEventType(event.eventType(), event.schemaVersion()),
                event.streamId(),
                event.occurredAt(),
                schemaBase + settings.service() + "/" + event.eventType() + ".v" + event.schemaVersion() + ".schema.json",
                event.streamType(),
                event.streamVersion(),
                event.position(),
                metadata.correlationId(),
                metadata.causationId(),
                metadata.organisation(),
                metadata.traceparent(),
                event.payload().getBytes(StandardCharsets.UTF_8));
    }

    private EventMetadata metadata(StoredEvent event) {
        try {
            return mapper.readValue(event.metadata(), EventMetadata.class);
        } catch (JsonProcessingException e) {
            UUID id = event.eventId();
            return new EventMetadata(id, id, null, null, null);
        }
    }
}
