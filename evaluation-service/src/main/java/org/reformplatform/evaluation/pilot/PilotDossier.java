package org.reformplatform.evaluation.pilot;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dossier submitted in a pilot's cycle: the researchers reached are the distinct researchers of these. */
@Entity
@Table(name = "pilot_dossiers")
public class PilotDossier extends PanacheEntityBase {

    @Id
    public UUID dossierId;
    public UUID pilotId;
    public UUID cycleId;
    public String institution;
    public UUID researcherId;
}
