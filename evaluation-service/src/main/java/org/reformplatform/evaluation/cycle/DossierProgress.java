package org.reformplatform.evaluation.cycle;

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

/** A dossier's progress: evaluators required and assigned, score sheets in, and its outcome once concluded. */
@Entity
@Table(name = "dossier_progress")
public class DossierProgress extends PanacheEntityBase {

    @Id
    public UUID dossierId;
    public UUID cycleId;
    public UUID researcherId;
    public String institution;
    public String track;
    @Enumerated(EnumType.STRING)
    public OutcomeUse outcomeUse;
    public int requiredEvaluators;
    public int assigned;
    public int scored;
    public BigDecimal total;
    @Enumerated(EnumType.STRING)
    public OutcomeResult result;
    public Instant submittedAt;
}
