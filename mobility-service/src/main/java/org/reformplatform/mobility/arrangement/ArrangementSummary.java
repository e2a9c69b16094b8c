package org.reformplatform.mobility.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the arrangements read model: lists by form and institution, due dates, a researcher's record. */
@Entity
@Table(name = "arrangement_summaries")
public class ArrangementSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID researcherId;
    public String researcherName;
    @Enumerated(EnumType.STRING)
    public ArrangementForm form;
    public String institution;
    public String enterprise;
    public UUID postId;
    @Enumerated(EnumType.STRING)
    public Arrangement.Status status;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public LocalDate deferredUntil;
    public Integer policyVersion;
    public int agreementVersion;
    /** Parties that signed the current agreement version, comma-separated. */
    public String signedBy;
    public int milestones;
    public int fundingRounds;
    @Enumerated(EnumType.STRING)
    public Ending ending;
    public LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    public ReviewOutcome reviewOutcome;
    /** The reviewed results as JSON, as published in ResultsReviewed. */
    public String reviewResults;
    public Instant appliedAt;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;
}
