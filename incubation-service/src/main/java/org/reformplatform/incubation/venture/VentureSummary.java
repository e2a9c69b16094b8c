package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the ventures read model: a venture's stage and counts; its capital is summed from its rounds. */
@Entity
@Table(name = "venture_summaries")
public class VentureSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String centre;
    public String name;
    @Enumerated(EnumType.STRING)
    public VentureOrigin origin;
    @Enumerated(EnumType.STRING)
    public VentureStage stage;
    public LocalDate appliedOn;
    public LocalDate stageSince;
    public int founders;
    public int milestones;
    public int rounds;
    public String closedReason;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;
}
