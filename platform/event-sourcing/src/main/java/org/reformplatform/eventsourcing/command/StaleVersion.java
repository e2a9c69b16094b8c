package org.reformplatform.eventsourcing.command;

/** The caller's {@code If-Match} names a version the aggregate has moved past (HTTP 412). */
public final class StaleVersion extends RuntimeException {

    private final int expected;
    private final int actual;

    /** @param actual the current version, or -1 when it is only known to have moved on */
    public StaleVersion(int expected, int actual) {
        super(actual >= 0
                ? "The resource is at version " + actual + ", not " + expected
                : "The resource has changed since version " + expected, null, false, false);
        this.expected = expected;
        this.actual = actual;
    }

    public int expected() {
        return expected;
    }

    public int actual() {
        return actual;
    }
}
