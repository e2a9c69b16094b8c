package org.reformplatform.eventsourcing.deadline;

/**
 * Runs the command of a deadline that fell due, in the transaction that marks it fired: through a
 * use-case handler, as an API call would. A refusal ({@link org.reformplatform.eventsourcing.domain.RuleViolation})
 * closes the deadline as refused with its reason (the world moved on: the agreement was signed after
 * all); any other failure leaves it pending, to be tried again.
 */
public interface DeadlineHandler {

    /** The deadlines it runs: {@link Deadline#name()}. */
    String name();

    void fire(DueDeadline deadline);
}
