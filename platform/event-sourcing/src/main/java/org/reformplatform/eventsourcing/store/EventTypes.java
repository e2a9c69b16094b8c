package org.reformplatform.eventsourcing.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.domain.SchemaVersion;

/**
 * The service's event types, collected from its {@link EventCatalog}: name and schema version of
 * each record, and the way back from a stored name to the record.
 */
@ApplicationScoped
public class EventTypes {

    /** One event type: the record, its short name and its current schema version. */
    public record EventType(Class<?> recordType, String name, int schemaVersion) {
    }

    @Inject
    Instance<EventCatalog> catalogs;

    @Inject
    PlatformSettings settings;

    private final Map<String, EventType> byName = new HashMap<>();
    private final Map<Class<?>, EventType> byClass = new HashMap<>();

    @PostConstruct
    void collect() {
        for (EventCatalog catalog : catalogs) {
            for (Class<?> family : catalog.eventFamilies()) {
                for (Class<?> type : recordsOf(family)) {
                    register(type);
                }
            }
        }
        for (Class<?> type : recordsOf(KERNEL_EVENTS)) {
            register(type);
        }
    }

    /** The kernel's own events, on every service's topic: the erasure audit trail. */
    public static final Class<?> KERNEL_EVENTS = org.reformplatform.eventsourcing.privacy.PersonalDataEvent.class;

    /** Registers an event record; tests use this for their own sample events. */
    public void register(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record: events are records");
        }
        SchemaVersion version = type.getAnnotation(SchemaVersion.class);
        EventType eventType = new EventType(type, type.getSimpleName(), version == null ? 1 : version.value());
        EventType previous = byName.putIfAbsent(eventType.name(), eventType);
        if (previous != null && previous.recordType() != type) {
            throw new IllegalStateException("two event records are named " + eventType.name() + ": " + previous.recordType() + ", " + type);
        }
        byClass.put(type, eventType);
    }

    public EventType of(Class<?> type) {
        EventType eventType = byClass.get(type);
        if (eventType == null) {
            throw new IllegalArgumentException(type.getName() + " is not in this service's EventCatalog");
        }
        return eventType;
    }

    public Optional<EventType> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<EventType> all() {
        return List.copyOf(byClass.values());
    }

    /** The CloudEvents type: {@code admissions.ApplicationSubmitted.v1}. */
    public String cloudEventType(String name, int schemaVersion) {
        return settings.service() + "." + name + ".v" + schemaVersion;
    }

    static List<Class<?>> recordsOf(Class<?> family) {
        List<Class<?>> records = new ArrayList<>();
        if (family.isRecord()) {
            records.add(family);
        } else if (family.isSealed()) {
            for (Class<?> permitted : family.getPermittedSubclasses()) {
                records.addAll(recordsOf(permitted));
            }
        } else {
            throw new IllegalArgumentException(family + " is neither a record nor a sealed interface of records");
        }
        return records;
    }
}
