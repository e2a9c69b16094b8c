package org.reformplatform.admissions.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ConflictOfInterestDeclared;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReassigned;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewersAssigned;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.review.CommitteeTimeLimit;
import org.reformplatform.admissions.review.ReviewDuePolicy;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * The deadlines an application's reviews and its committee case run on, kept in step with what each
 * decision recorded, in the same transaction: a reviewer's reminder and overdue review (scheduled on
 * assignment, cancelled on review, conflict, decision or withdrawal) and the committee's time limit
 * (scheduled on referral, cancelled by the decision or a withdrawal). Also the moments the policies
 * give, read from the region's calendar for the handlers to pass in their commands.
 *
 * <p>A reviewer's two deadlines are kept per duty, under the key {@code <applicationId>/<reviewer>}
 * rather than the application's stream: the kernel keeps one pending deadline of a name per key, and
 * the reviewers of one application are due at different moments (a replacement later than the
 * others). Nobody but operators sees them (no organisation): a partner is not shown its reviewers.
 */
@ApplicationScoped
public class ReviewDeadlines {

    /** A reviewer is reminded: their review is due soon. */
    public static final String REMINDER = "admissions.ReviewReminder";
    /** A reviewer's review is overdue: reassigned, or escalated when nobody else may take it. */
    public static final String OVERDUE = "admissions.ReviewOverdue";
    /** The committee's time limit for a docket case: escalated when undecided. */
    public static final String COMMITTEE = "admissions.CommitteeDecisionDue";

    /** What a reviewer's deadline carries. */
    public record Duty(UUID applicationId, UUID intakeEventId, String reviewer) {
    }

    /** When a review assigned now is reminded and due. */
    public record Moments(Instant remindAt, Instant reviewDueAt) {
    }

    @Inject
    Deadlines deadlines;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ReviewDuePolicy duePolicy;

    @Inject
    CommitteeTimeLimit timeLimit;

    public static String dutyKey(ApplicationId application, String reviewer) {
        return application.value() + "/" + reviewer;
    }

    /** The policy's moments for a review assigned today, in the region. */
    public Moments forReviewAssignedNow() {
        LocalDate today = calendar.today();
        return new Moments(calendar.endOf(duePolicy.remindOn(today, calendar.workingDays())),
                calendar.endOf(duePolicy.dueOn(today, calendar.workingDays())));
    }

    /** When the committee must decide a case referred now. */
    public Instant committeeDecisionDueNow() {
        return calendar.endOf(timeLimit.decideBy(calendar.today(), calendar.workingDays()));
    }

    /**
     * Schedules what the decision's events made due and cancels what they made moot. Never cancels a
     * deadline of the name that is firing for the same duty (the kernel closes that one itself).
     */
    public void follow(Decision<Application> decision) {
        Application after = decision.state();
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            Object event = recorded.event();
            if (event instanceof ReviewersAssigned e && e.reviewDueAt() != null) {
                e.reviewers().forEach(r -> scheduleDuty(e.applicationId(), e.intakeEventId(), r, e.remindAt(), e.reviewDueAt()));
            } else if (event instanceof ReviewReassigned e) {
                deadlines.cancel(REMINDER, dutyKey(e.applicationId(), e.overdueReviewer()), "reassigned: overdue");
                scheduleDuty(e.applicationId(), e.intakeEventId(), e.reviewer(), e.remindAt(), e.reviewDueAt());
            } else if (event instanceof ReviewSubmitted e) {
                cancelDuty(e.applicationId(), e.reviewer(), "reviewed");
            } else if (event instanceof ConflictOfInterestDeclared e) {
                cancelDuty(e.applicationId(), e.reviewer(), "left the panel: conflict of interest");
            } else if (event instanceof ApplicationReferredToSpecialReview e) {
                cancelAwaited(after, "the required reviews are in");
                if (e.decisionDueAt() != null) {
                    deadlines.schedule(Deadline.of(COMMITTEE, e.applicationId(), e.decisionDueAt(), after.organisation(),
                            "The admissions committee decides the special review of " + e.candidateName(), null));
                }
            } else if (event instanceof ApplicationAdmitted || event instanceof ApplicationRejected || event instanceof ApplicationWithdrawn) {
                String reason = event instanceof ApplicationWithdrawn ? "withdrawn" : "decided";
                cancelAwaited(after, reason);
                deadlines.cancel(COMMITTEE, after.id(), reason);
            }
        }
    }

    private void scheduleDuty(ApplicationId application, IntakeEventId intakeEvent, String reviewer, Instant remindAt, Instant dueAt) {
        String key = dutyKey(application, reviewer);
        Duty duty = new Duty(application.value(), intakeEvent.value(), reviewer);
        deadlines.schedule(new Deadline(REMINDER, key, remindAt, null, "Remind " + reviewer + " that a review is due at " + dueAt, duty));
        deadlines.schedule(new Deadline(OVERDUE, key, dueAt, null, "Reassign the review of " + reviewer + " if it is not in", duty));
    }

    /**
     * The reviewer's review is about to come in (or they to leave the panel): their reminder and
     * overdue review are cancelled before the command appends, the order in which a firing deadline
     * takes its row and then the stream, so that the two never wait on each other in a circle. A
     * refused command rolls the cancellation back with the rest.
     */
    public void settling(ApplicationId application, String reviewer, String reason) {
        cancelDuty(application, reviewer, reason);
    }

    private void cancelDuty(ApplicationId application, String reviewer, String reason) {
        String key = dutyKey(application, reviewer);
        deadlines.cancel(REMINDER, key, reason);
        deadlines.cancel(OVERDUE, key, reason);
    }

    /** Every reviewer on the panel still owing a review owes it no longer. */
    private void cancelAwaited(Application after, String reason) {
        after.panel().assigned().stream().filter(r -> !after.panel().hasReviewed(r)).forEach(r -> cancelDuty(after.id(), r, reason));
    }
}
