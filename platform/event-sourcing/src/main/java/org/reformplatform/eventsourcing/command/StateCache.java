package org.reformplatform.eventsourcing.command;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reformplatform.eventsourcing.store.StreamRef;

/**
 * Recently folded aggregate states, so that loading a busy stream reads only the events appended
 * since. States are immutable records, and an entry is only ever written after its transaction
 * committed, so a cached state is always a true prefix of the stream; loading still reads
 * whatever was appended after it, so several replicas stay correct.
 */
final class StateCache {

    private final Map<StreamRef, Loaded<?>> entries;

    StateCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<StreamRef, Loaded<?>> eldest) {
                return size() > capacity;
            }
        };
    }

    @SuppressWarnings("unchecked")
    synchronized <S> Loaded<S> get(StreamRef stream) {
        return (Loaded<S>) entries.get(stream);
    }

    synchronized void put(StreamRef stream, Loaded<?> loaded) {
        Loaded<?> current = entries.get(stream);
        if (current == null || current.version() < loaded.version()) {
            entries.put(stream, loaded);
        }
    }

    synchronized void clear() {
        entries.clear();
    }
}
