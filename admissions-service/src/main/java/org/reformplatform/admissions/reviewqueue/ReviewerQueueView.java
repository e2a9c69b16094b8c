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
import org.reformplatform.admissions.application.ApplicationEvent.ReviewOverdueEscalated;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReassigned;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReminderSent;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewersAssigned;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * Each reviewer's queue: applications on whose panel they sit and have not reviewed yet. Leaves the
 * queue on review, on a declared conflict, when an overdue review passes to another reviewer, and when
 * the application is decided, referred or withdrawn. Shows when each review is due, the reminder, and
 * an overdue review nobody else could take (escalated).
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
                ApplicationAdmitted.class, ApplicationRejected.class, ApplicationWithdrawn.class, ReviewReminderSent.class, ReviewReassigned.class,
                ReviewOverdueEscalated.class);
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
                awaiting(application, assigned.intakeEventId().value(), reviewer, assigned.assignedAt(), assigned.remindAt(),
                        assigned.reviewDueAt(), version);
            }
        } else if (event instanceof ReviewReminderSent reminder) {
            ReviewAssignment row = ReviewAssignment.findById(new ReviewAssignment.Key(application, reminder.reviewer()));
            if (row != null) {
                row.remindedAt = reminder.sentAt();
                row.version = version;
            }
        } else if (event instanceof ReviewOverdueEscalated escalated) {
            ReviewAssignment row = ReviewAssignment.findById(new ReviewAssignment.Key(application, escalated.reviewer()));
            if (row != null) {
                row.escalatedAt = escalated.escalatedAt();
                row.version = version;
            }
        } else if (event instanceof ReviewReassigned reassigned) {
            move(application, reassigned.overdueReviewer(), ReviewAssignment.State.REASSIGNED, version);
            awaiting(application, reassigned.intakeEventId().value(), reassigned.reviewer(), reassigned.reassignedAt(), reassigned.remindAt(),
                    reassigned.reviewDueAt(), version);
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

    /** The reviewer owes the application a review (again, when an operator names them anew after they left the panel). */
    private static void awaiting(UUID application, UUID intakeEvent, String reviewer, java.time.Instant assignedAt, java.time.Instant remindAt,
            java.time.Instant dueAt, int version) {
        ReviewAssignment row = ReviewAssignment.findById(new ReviewAssignment.Key(application, reviewer));
        if (row == null) {
            row = new ReviewAssignment();
            row.applicationId = application;
            row.reviewer = reviewer;
            row.intakeEventId = intakeEvent;
            row.assignedAt = assignedAt;
            row.remindAt = remindAt;
            row.reviewDueAt = dueAt;
            row.state = ReviewAssignment.State.AWAITING;
            row.version = version;
            row.persist();
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
