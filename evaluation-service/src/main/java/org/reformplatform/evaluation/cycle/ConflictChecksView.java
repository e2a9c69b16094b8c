package org.reformplatform.evaluation.cycle;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorRelationsChecked;
import org.reformplatform.eventsourcing.conflict.RelationChecksView;
import org.reformplatform.eventsourcing.conflict.RelationsChecked;

/** Every relation checked before an evaluator was assigned to a dossier, and its outcome: what operators audit. */
@ApplicationScoped
public class ConflictChecksView extends RelationChecksView<EvaluatorRelationsChecked, RelationCheckRecord> {

    public ConflictChecksView() {
        super(EvaluatorRelationsChecked.class, Cycle.TYPE.streamType(), RelationCheckRecord.class);
    }

    @Override
    protected RelationsChecked read(EvaluatorRelationsChecked checked) {
        return new RelationsChecked(checked.dossierId().value(), checked.evaluator(), checked.checks(), checked.checkedAt());
    }

    @Override
    protected RelationCheckRecord newRow(EvaluatorRelationsChecked checked) {
        RelationCheckRecord row = new RelationCheckRecord();
        row.cycleId = checked.cycleId().value();
        return row;
    }
}
