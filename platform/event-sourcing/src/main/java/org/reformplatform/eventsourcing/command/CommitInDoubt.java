package org.reformplatform.eventsourcing.command;

/**
 * A command whose COMMIT broke off, and the database could not be asked in time whether it had
 * committed: it may have taken effect. Answered 503 {@code commit-outcome-unknown}; a retry with the
 * same {@code Idempotency-Key} gets the first answer if it had.
 */
public class CommitInDoubt extends RuntimeException {

    public CommitInDoubt(Throwable cause) {
        super("the commit broke off and whether it took effect is unknown: " + cause.getMessage(), cause);
    }
}
