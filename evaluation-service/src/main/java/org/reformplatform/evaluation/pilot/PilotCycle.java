package org.reformplatform.evaluation.pilot;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cycle opened under a pilot: its dossiers reach researchers of the pilot. */
@Entity
@Table(name = "pilot_cycles")
public class PilotCycle extends PanacheEntityBase {

    @Id
    public UUID cycleId;
    public UUID pilotId;
    public String institution;
}
