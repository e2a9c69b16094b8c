package org.reformplatform.eventsourcing.command;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reformplatform.eventsourcing.store.StreamRef;

/**
 * Recently folded aggregate states, so that loading a busy stream reads only the events appended
 * since. States are immutable records, and an entry is only ever written after its transaction
 * committed, so a cached state is always a true prefix of the stream; loading still reads
 * whatever was appended after it, so several replicas stay correct.
 * <p>
 * A state may hold personal data opened with a key that is forgotten since (an erasure in this
 * replica or another): then the whole cache is cleared. A state folded before a clear and offered
 * after it is not taken ({@link #generation()}), so a load racing an erasure cannot put the clear
 * text back.
 */
final class StateCache {

    private final Map<StreamRef, Loaded<?>> entries;
    private long generation;

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

    /** Changes with every {@link #clear()}: read it before folding, hand it to {@link #put}. */
    synchronized long generation() {
        return generation;
    }

    /** Keeps the state unless the cache was cleared since {@code generation} was read, or it holds a later one. */
    synchronized void put(StreamRef stream, Loaded<?> loaded, long generation) {
        if (generation != this.generation) {
            return;
        }
        Loaded<?> current = entries.get(stream);
        if (current == null || current.version() < loaded.version()) {
            entries.put(stream, loaded);
        }
    }

    synchronized void clear() {
        generation++;
        entries.clear();
    }
}
