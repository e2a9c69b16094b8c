package org.reformplatform.admissions.conflict;

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

/** One relation checked between a reviewer and an application's candidate before the reviewer joined its panel. */
@Entity
@Table(name = "reviewer_relation_checks")
@IdClass(RelationCheckRecord.Key.class)
public class RelationCheckRecord extends PanacheEntityBase {

    @Id
    public UUID applicationId;
    @Id
    public String reviewer;
    @Id
    public String relation;
    @Enumerated(EnumType.STRING)
    public RelationCheck.Outcome outcome;
    public String detail;
    public Instant checkedAt;

    public static class Key implements Serializable {
        public UUID applicationId;
        public String reviewer;
        public String relation;

        public Key() {
        }

        public Key(UUID applicationId, String reviewer, String relation) {
            this.applicationId = applicationId;
            this.reviewer = reviewer;
            this.relation = relation;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId) && Objects.equals(reviewer, k.reviewer)
                    && Objects.equals(relation, k.relation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, reviewer, relation);
        }
    }
}
