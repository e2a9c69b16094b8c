package org.reformplatform.evaluation.cycle;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.evaluation.scheme.EvaluatorKind;

/** An evaluator's assignment to a dossier: what an evaluator's queue is made of. */
@Entity
@Table(name = "evaluator_assignments")
@IdClass(EvaluatorAssignment.Key.class)
public class EvaluatorAssignment extends PanacheEntityBase {

    public enum Status { ASSIGNED, SCORED, WITHDRAWN }

    @Id
    public UUID dossierId;
    @Id
    public String evaluator;
    public UUID cycleId;
    public String institution;
    public UUID researcherId;
    public String track;
    @Enumerated(EnumType.STRING)
    public EvaluatorKind kind;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant assignedAt;
    public Instant scoredAt;
    /** Still without a score sheet when the cycle's scoring deadline passed. */
    public boolean overdue;

    public static class Key implements Serializable {
        public UUID dossierId;
        public String evaluator;

        public Key() {
        }

        public Key(UUID dossierId, String evaluator) {
            this.dossierId = dossierId;
            this.evaluator = evaluator;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(dossierId, k.dossierId) && Objects.equals(evaluator, k.evaluator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierId, evaluator);
        }
    }
}
