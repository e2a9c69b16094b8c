package org.reformplatform.evaluation.cycle;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A track of a cycle's scheme version, with the evaluators each of its dossiers needs. */
@Entity
@Table(name = "cycle_tracks")
@IdClass(CycleTrack.Key.class)
public class CycleTrack extends PanacheEntityBase {

    @Id
    public UUID cycleId;
    @Id
    public String track;
    public String name;
    public int requiredEvaluators;

    public static class Key implements Serializable {
        public UUID cycleId;
        public String track;

        public Key() {
        }

        public Key(UUID cycleId, String track) {
            this.cycleId = cycleId;
            this.track = track;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cycleId, k.cycleId) && Objects.equals(track, k.track);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cycleId, track);
        }
    }
}
