package org.reformplatform.evaluation.pilot;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An institutional measure recorded in a pilot. */
@Entity
@Table(name = "pilot_measures")
@IdClass(PilotMeasure.Key.class)
public class PilotMeasure extends PanacheEntityBase {

    @Id
    public UUID pilotId;
    @Id
    public String measureCode;
    public String institution;
    public String title;
    @Enumerated(EnumType.STRING)
    public MeasureDimension dimension;

    public static class Key implements Serializable {
        public UUID pilotId;
        public String measureCode;

        public Key() {
        }

        public Key(UUID pilotId, String measureCode) {
            this.pilotId = pilotId;
            this.measureCode = measureCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(pilotId, k.pilotId) && Objects.equals(measureCode, k.measureCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pilotId, measureCode);
        }
    }
}
