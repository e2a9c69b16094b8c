package org.reformplatform.eventsourcing.command;

import java.util.List;

import org.reformplatform.eventsourcing.store.RecordedEvent;

/** What a command did: the new state and version, and the events it recorded (none if it changed nothing). */
public record Decision<S>(S state, int version, List<RecordedEvent<Object>> recorded) {

    public boolean changedAnything() {
        return !recorded.isEmpty();
    }
}
