package org.reformplatform.evaluation.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.evaluation.scheme.OutcomeUse;

/**
 * One researcher's evaluation outcome: a dossier's in a cycle, or a pledge's fulfilment or failure
 * (one row for the leader and each team member).
 */
@Entity
@Table(name = "outcomes")
public class ResearcherOutcome extends PanacheEntityBase {

    public enum Source { CYCLE, PLEDGE }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Source source;
    /** The cycle or the pledge. */
    public UUID referenceId;
    public UUID dossierId;
    public UUID researcherId;
    public String institution;
    /** The track; for a pledge, "pledge" or "challenge:<code>". */
    public String track;
    @Enumerated(EnumType.STRING)
    public OutcomeUse outcomeUse;
    /** EXCELLENT, PASSED, NOT_SELECTED, NOT_PASSED; for pledges FULFILLED or FAILED. */
    public String result;
    public boolean useGranted;
    public BigDecimal total;
    public Instant determinedAt;
}
