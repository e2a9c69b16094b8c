package org.reformplatform.eventsourcing.conflict;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/**
 * One relation checked between a person who judges (a reviewer, an evaluator: the {@code checker},
 * a token subject) and what they judge (an application, a dossier: the {@code subjectId}) before
 * they were assigned, with its outcome: a row of a service's conflict-check read model.
 *
 * <p>A service maps it to its own table with an {@code @Entity} subclass that names the table and,
 * with {@code @AttributeOverride}, the columns of {@code subjectId} and {@code checker}
 * ({@code application_id}, {@code reviewer}); it may add columns of its own. The fields are read
 * through the accessors (Panache rewrites only public fields, and only of the service's own entities).
 */
@MappedSuperclass
@IdClass(RelationCheckRow.Key.class)
public abstract class RelationCheckRow extends PanacheEntityBase {

    @Id
    UUID subjectId;
    @Id
    String checker;
    @Id
    String relation;
    @Enumerated(EnumType.STRING)
    RelationCheck.Outcome outcome;
    String detail;
    Instant checkedAt;

    public UUID subjectId() {
        return subjectId;
    }

    public String checker() {
        return checker;
    }

    public String relation() {
        return relation;
    }

    public RelationCheck.Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    void identify(Key key) {
        subjectId = key.subjectId;
        checker = key.checker;
        relation = key.relation;
    }

    /** The latest check stands: a checker taken off and assigned again is checked again. */
    void took(RelationCheck check, Instant at) {
        outcome = check.outcome();
        detail = check.detail();
        checkedAt = at;
    }

    /** The primary key: subject, checker, relation. */
    public static class Key implements Serializable {
        public UUID subjectId;
        public String checker;
        public String relation;

        public Key() {
        }

        public Key(UUID subjectId, String checker, String relation) {
            this.subjectId = subjectId;
            this.checker = checker;
            this.relation = relation;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(subjectId, k.subjectId) && Objects.equals(checker, k.checker)
                    && Objects.equals(relation, k.relation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectId, checker, relation);
        }
    }
}
