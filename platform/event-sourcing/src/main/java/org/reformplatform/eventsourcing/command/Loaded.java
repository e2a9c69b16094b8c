package org.reformplatform.eventsourcing.command;

/** An aggregate's current state and the stream version it reflects (0: the stream does not exist). */
public record Loaded<S>(S state, int version) {

    public boolean exists() {
        return version > 0;
    }
}
