package org.reformplatform.eventsourcing.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.eventsourcing.privacy.PersonalDataSealer;

/**
 * Events to JSON and back. Reading upcasts old schema versions to the current record, so that
 * deciders and projections only ever see current events. Unknown fields are tolerated on read (a
 * newer writer may add optional fields), unlike on the API where they are refused. Personal data
 * ({@code @PersonalData}) is sealed with its subject's key on the way in and opened on the way out
 * ({@link PersonalDataSealer}): the store, the outbox and Kafka only ever hold the ciphertext.
 */
@ApplicationScoped
public class EventCodec {

    @Inject
    ObjectMapper apiMapper;

    @Inject
    EventTypes types;

    @Inject
    Instance<Upcaster> upcasterBeans;

    @Inject
    PersonalDataSealer sealer;

    private ObjectMapper mapper;
    private Map<String, List<Upcaster>> upcasters = new HashMap<>();

    @PostConstruct
    void init() {
        // Stored and published events are read as they are: the API's refusals of unknown fields,
        // trailing tokens, unstorable text and out-of-range dates apply to requests only.
        mapper = apiMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, false);
        mapper.setDefaultAttributes(org.reformplatform.eventsourcing.json.RequestValues.stored());
        upcasters = upcasterBeans.stream()
                .sorted(Comparator.comparingInt(Upcaster::fromVersion))
                .collect(Collectors.groupingBy(Upcaster::eventType));
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName(), e);
        }
    }

    /** An event as it is stored and published: its personal fields sealed for their subject (by default, the stream's). */
    public String toEventJson(Object event, String streamId) {
        if (!sealer.holdsPersonalData(event.getClass())) {
            return toJson(event);
        }
        ObjectNode tree = mapper.valueToTree(event);
        sealer.seal(event.getClass(), tree, streamId);
        return toJson(tree);
    }

    /**
     * Reads a stored or published payload of the given type and schema version as the current record.
     *
     * @throws UndecodableEvent when the type is unknown or the payload does not fit it
     */
    public Object decode(String typeName, int schemaVersion, String json) {
        EventTypes.EventType type = types.named(typeName)
                .orElseThrow(() -> new UndecodableEvent("unknown event type " + typeName));
        if (schemaVersion > type.schemaVersion()) {
            throw new UndecodableEvent(typeName + " v" + schemaVersion + " is newer than this service knows (v" + type.schemaVersion() + ")");
        }
        try {
            boolean personal = sealer.holdsPersonalData(type.recordType());
            if (schemaVersion == type.schemaVersion() && !personal) {
                return mapper.readValue(json, type.recordType());
            }
            ObjectNode node = (ObjectNode) mapper.readTree(json);
            int version = schemaVersion;
            for (Upcaster upcaster : upcasters.getOrDefault(typeName, List.of())) {
                if (upcaster.fromVersion() == version) {
                    node = upcaster.upcast(node);
                    version++;
                }
            }
            if (version != type.schemaVersion()) {
                throw new UndecodableEvent("no upcaster takes " + typeName + " from v" + version + " to v" + type.schemaVersion());
            }
            if (personal) {
                sealer.open(type.recordType(), node);
            }
            return mapper.treeToValue(node, type.recordType());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new UndecodableEvent(typeName + " v" + schemaVersion + " payload does not fit " + type.recordType().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A payload that cannot be turned into an event record. */
    public static final class UndecodableEvent extends RuntimeException {
        public UndecodableEvent(String message) {
            super(message);
        }
    }
}
