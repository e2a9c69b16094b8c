package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the cycles read model. */
@Entity
@Table(name = "cycle_summaries")
public class CycleSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String institution;
    public UUID schemeId;
    public int schemeVersion;
    public String name;
    public UUID pilotId;
    @Enumerated(EnumType.STRING)
    public Cycle.Status status;
    public int dossiers;
    public Instant openedAt;
    public Instant concludedAt;
    public LocalDate dossiersUntil;
    public LocalDate scoresUntil;
    public boolean scoringOverdue;
    /** The stream version last applied: every event of the cycle's stream passes here first. */
    public int version;
}
