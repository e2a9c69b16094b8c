package org.reformplatform.admissions.conflict;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewerRelationsChecked;
import org.reformplatform.eventsourcing.conflict.RelationChecksView;
import org.reformplatform.eventsourcing.conflict.RelationsChecked;

/** Every relation checked before a reviewer joined a panel, and its outcome: what operators audit. */
@ApplicationScoped
public class ConflictChecksView extends RelationChecksView<ReviewerRelationsChecked, RelationCheckRecord> {

    public ConflictChecksView() {
        super(ReviewerRelationsChecked.class, Application.TYPE.streamType(), RelationCheckRecord.class);
    }

    @Override
    protected RelationsChecked read(ReviewerRelationsChecked checked) {
        return new RelationsChecked(checked.applicationId().value(), checked.reviewer(), checked.checks(), checked.checkedAt());
    }

    @Override
    protected RelationCheckRecord newRow(ReviewerRelationsChecked checked) {
        return new RelationCheckRecord();
    }
}
