package org.reformplatform.admissions.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.EscalateSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.ReassignOverdueReview;
import org.reformplatform.admissions.application.ApplicationCommand.RemindReviewer;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * What time does to an application's reviews and committee case, as its deadlines fire it: a reminder
 * to a reviewer, an overdue review reassigned (or escalated), a docket case escalated when the
 * committee's time limit passes. The rules are the application's ({@link Application}); the moments
 * come from the platform's clock and the policies ({@link ReviewDeadlines}).
 */
@ApplicationScoped
public class ReviewTimeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    ReviewDeadlines reviewDeadlines;

    @Inject
    Clock clock;

    public Decision<Application> remind(ApplicationId id, String reviewer) {
        return aggregates.handle(Application.TYPE, id, new RemindReviewer(reviewer, clock.instant()));
    }

    /** @param candidates reviewers who might take the review over, most available first */
    public Decision<Application> reassignOverdue(ApplicationId id, String reviewer, List<String> candidates) {
        ReviewDeadlines.Moments due = reviewDeadlines.forReviewAssignedNow();
        Decision<Application> decision = aggregates.handle(Application.TYPE, id,
                new ReassignOverdueReview(reviewer, candidates, clock.instant(), due.remindAt(), due.reviewDueAt()));
        reviewDeadlines.follow(decision);
        return decision;
    }

    public Decision<Application> escalateCommitteeCase(ApplicationId id) {
        return aggregates.handle(Application.TYPE, id, new EscalateSpecialReview(clock.instant()));
    }
}
