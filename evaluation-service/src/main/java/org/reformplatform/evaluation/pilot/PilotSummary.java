package org.reformplatform.evaluation.pilot;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A pilot launched, in the pilot-figures read model: what the list of pilots shows. */
@Entity
@Table(name = "pilots")
public class PilotSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public Instant launchedAt;
}
