package org.reformplatform.admissions.review;

import java.time.Instant;

/**
 * What a reviewer on a panel owes and by when: assigned at {@code assignedAt}, reminded at {@code
 * remindAt}, due at {@code dueAt}.
 *
 * @param remindedAt when the reminder was sent, or null
 * @param escalatedAt when the overdue review went to the operators (no other reviewer could take it), or null
 */
public record ReviewDuty(String reviewer, Instant assignedAt, Instant remindAt, Instant dueAt, Instant remindedAt, Instant escalatedAt) {

    public static ReviewDuty assigned(String reviewer, Instant assignedAt, Instant remindAt, Instant dueAt) {
        return new ReviewDuty(reviewer, assignedAt, remindAt, dueAt, null, null);
    }

    public ReviewDuty reminded(Instant at) {
        return new ReviewDuty(reviewer, assignedAt, remindAt, dueAt, at, escalatedAt);
    }

    public ReviewDuty escalated(Instant at) {
        return new ReviewDuty(reviewer, assignedAt, remindAt, dueAt, remindedAt, at);
    }
}
