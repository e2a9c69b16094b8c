package org.reformplatform.admissions.reviewqueue;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reviewer on an application's panel, as the reviewer-queue read model keeps it. */
@Entity
@Table(name = "review_assignments")
@IdClass(ReviewAssignment.Key.class)
public class ReviewAssignment extends PanacheEntityBase {

    public enum State { AWAITING, REVIEWED, RECUSED, REASSIGNED, CLOSED }

    @Id
    public UUID applicationId;
    @Id
    public String reviewer;
    public UUID intakeEventId;
    public Instant assignedAt;
    /** When the reviewer is reminded and when the review is due (null for assignments made before due dates). */
    public Instant remindAt;
    public Instant reviewDueAt;
    public Instant remindedAt;
    /** The review was overdue and nobody else could take it: the operators act. */
    public Instant escalatedAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;
    /** The application's stream version last applied to this row. */
    public int version;

    public static class Key implements Serializable {
        public UUID applicationId;
        public String reviewer;

        public Key() {
        }

        public Key(UUID applicationId, String reviewer) {
            this.applicationId = applicationId;
            this.reviewer = reviewer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId) && Objects.equals(reviewer, k.reviewer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, reviewer);
        }
    }
}
