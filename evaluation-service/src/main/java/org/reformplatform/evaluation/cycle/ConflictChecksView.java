package org.reformplatform.evaluation.cycle;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorRelationsChecked;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Every relation checked before an evaluator was assigned to a dossier, and its outcome: what operators audit. */
@ApplicationScoped
public class ConflictChecksView implements Projection {

    @Override
    public String name() {
        return "conflict-checks";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(EvaluatorRelationsChecked.class);
    }

    /** Inline: an operator who just assigned an evaluator reads what was checked at once. */
    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public List<String> tables() {
        return List.of("evaluator_relation_checks");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        EvaluatorRelationsChecked checked = (EvaluatorRelationsChecked) recorded.event();
        for (RelationCheck check : checked.checks()) {
            RelationCheckRecord.Key key = new RelationCheckRecord.Key(checked.dossierId().value(), checked.evaluator(), check.relation());
            RelationCheckRecord row = RelationCheckRecord.findById(key);
            if (row == null) {
                row = new RelationCheckRecord();
                row.dossierId = key.dossierId;
                row.evaluator = key.evaluator;
                row.relation = key.relation;
                row.cycleId = checked.cycleId().value();
                fill(row, check, checked);
                row.persist();
            } else {
                fill(row, check, checked); // assigned again after a withdrawal: the latest check stands
            }
        }
    }

    private static void fill(RelationCheckRecord row, RelationCheck check, EvaluatorRelationsChecked checked) {
        row.outcome = check.outcome();
        row.detail = check.detail();
        row.checkedAt = checked.checkedAt();
    }
}
