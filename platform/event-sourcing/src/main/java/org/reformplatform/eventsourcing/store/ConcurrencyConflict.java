package org.reformplatform.eventsourcing.store;

/** Another writer appended to the stream after the version this writer decided on. */
public final class ConcurrencyConflict extends RuntimeException {

    private final String streamId;
    private final long expectedVersion;

    public ConcurrencyConflict(String streamId, long expectedVersion) {
        super("Stream " + streamId + " has moved past version " + expectedVersion, null, false, false);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
