package org.reformplatform.evaluation.pilot;

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

/** An institution that joined a pilot. */
@Entity
@Table(name = "pilot_institutions")
@IdClass(PilotInstitution.Key.class)
public class PilotInstitution extends PanacheEntityBase {

    @Id
    public UUID pilotId;
    @Id
    public String institution;
    public String name;
    @Enumerated(EnumType.STRING)
    public InstitutionKind kind;
    public Instant joinedAt;

    public static class Key implements Serializable {
        public UUID pilotId;
        public String institution;

        public Key() {
        }

        public Key(UUID pilotId, String institution) {
            this.pilotId = pilotId;
            this.institution = institution;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(pilotId, k.pilotId) && Objects.equals(institution, k.institution);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pilotId, institution);
        }
    }
}
