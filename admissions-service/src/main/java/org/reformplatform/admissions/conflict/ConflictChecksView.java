package org.reformplatform.admissions.conflict;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.application.ApplicationEvent.ReviewerRelationsChecked;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Every relation checked before a reviewer joined a panel, and its outcome: what operators audit. */
@ApplicationScoped
public class ConflictChecksView implements Projection {

    @Override
    public String name() {
        return "conflict-checks";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ReviewerRelationsChecked.class);
    }

    /** Inline: an operator who just assigned a panel reads what was checked at once. */
    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public List<String> tables() {
        return List.of("reviewer_relation_checks");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        ReviewerRelationsChecked checked = (ReviewerRelationsChecked) recorded.event();
        for (RelationCheck check : checked.checks()) {
            RelationCheckRecord.Key key = new RelationCheckRecord.Key(checked.applicationId().value(), checked.reviewer(), check.relation());
            RelationCheckRecord row = RelationCheckRecord.findById(key);
            if (row == null) {
                row = new RelationCheckRecord();
                row.applicationId = key.applicationId;
                row.reviewer = key.reviewer;
                row.relation = key.relation;
                row.outcome = check.outcome();
                row.detail = check.detail();
                row.checkedAt = checked.checkedAt();
                row.persist();
            } else {
                // A reviewer taken off and assigned again is checked again: the latest check stands.
                row.outcome = check.outcome();
                row.detail = check.detail();
                row.checkedAt = checked.checkedAt();
            }
        }
    }
}
