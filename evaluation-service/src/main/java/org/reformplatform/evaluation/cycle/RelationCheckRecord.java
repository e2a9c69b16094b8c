package org.reformplatform.evaluation.cycle;

import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.reformplatform.eventsourcing.conflict.RelationCheckRow;

/** One relation checked between an evaluator and a dossier's researcher before the evaluator was assigned; with the dossier's cycle. */
@Entity
@Table(name = "evaluator_relation_checks")
@AttributeOverride(name = "subjectId", column = @Column(name = "dossier_id"))
@AttributeOverride(name = "checker", column = @Column(name = "evaluator"))
public class RelationCheckRecord extends RelationCheckRow {

    public UUID cycleId;
}
