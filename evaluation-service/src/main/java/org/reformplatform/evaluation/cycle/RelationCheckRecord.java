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

import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/** One relation checked between an evaluator and a dossier's researcher before the evaluator was assigned. */
@Entity
@Table(name = "evaluator_relation_checks")
@IdClass(RelationCheckRecord.Key.class)
public class RelationCheckRecord extends PanacheEntityBase {

    @Id
    public UUID dossierId;
    @Id
    public String evaluator;
    @Id
    public String relation;
    public UUID cycleId;
    @Enumerated(EnumType.STRING)
    public RelationCheck.Outcome outcome;
    public String detail;
    public Instant checkedAt;

    public static class Key implements Serializable {
        public UUID dossierId;
        public String evaluator;
        public String relation;

        public Key() {
        }

        public Key(UUID dossierId, String evaluator, String relation) {
            this.dossierId = dossierId;
            this.evaluator = evaluator;
            this.relation = relation;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(dossierId, k.dossierId) && Objects.equals(evaluator, k.evaluator)
                    && Objects.equals(relation, k.relation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierId, evaluator, relation);
        }
    }
}
