package org.reformplatform.admissions.reviewqueue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ConflictOfInterestDeclared;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewersAssigned;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * Each reviewer's queue: applications on whose panel they sit and have not reviewed yet. Leaves the
 * queue on review, on a declared conflict, and when the application is decided, referred or withdrawn.
 */
@ApplicationScoped
public class ReviewerQueueView implements Projection {

    @Override
    public String name() {
        return "review-queue";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ReviewersAssigned.class, ConflictOfInterestDeclared.class, ReviewSubmitted.class, ApplicationReferredToSpecialReview.class,
                ApplicationAdmitted.class, ApplicationRejected.class, ApplicationWithdrawn.class);
    }

    @Override
    public List<String> tables() {
        return List.of("review_assignments");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        ApplicationEvent event = (ApplicationEvent) recorded.event();
        UUID application = event.applicationId().value();
        int version = recorded.streamVersion();
        if (event instanceof ReviewersAssigned assigned) {
            for (String reviewer : assigned.reviewers()) {
                if (ReviewAssignment.findById(new ReviewAssignment.Key(application, reviewer)) == null) {
                    ReviewAssignment row = new ReviewAssignment();
                    row.applicationId = application;
                    row.reviewer = reviewer;
                    row.intakeEventId = assigned.intakeEventId().value();
                    row.assignedAt = assigned.assignedAt();
                    row.state = ReviewAssignment.State.AWAITING;
                    row.version = version;
                    row.persist();
                }
            }
        } else if (event instanceof ReviewSubmitted review) {
            move(application, review.reviewer(), ReviewAssignment.State.REVIEWED, version);
        } else if (event instanceof ConflictOfInterestDeclared conflict) {
            move(application, conflict.reviewer(), ReviewAssignment.State.RECUSED, version);
        } else {
            // decided, referred or withdrawn: nobody still waiting needs to review it
            ReviewAssignment.update("state = ?1, version = ?2 where applicationId = ?3 and state = ?4",
                    ReviewAssignment.State.CLOSED, version, application, ReviewAssignment.State.AWAITING);
        }
    }

    private static void move(UUID application, String reviewer, ReviewAssignment.State state, int version) {
        ReviewAssignment row = ReviewAssignment.findById(new ReviewAssignment.Key(application, reviewer));
        if (row != null) {
            row.state = state;
            row.version = version;
        }
    }
}
