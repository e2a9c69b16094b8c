package org.reformplatform.admissions.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.EscalateSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.ReassignOverdueReview;
import org.reformplatform.admissions.application.ApplicationCommand.RemindReviewer;
import org.reformplatform.admissions.conflict.Candidacy;
import org.reformplatform.admissions.conflict.ReviewerRelations;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;

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

    @Inject
    ReviewerRelations reviewerRelations;

    public Decision<Application> remind(ApplicationId id, String reviewer) {
        return aggregates.handle(Application.TYPE, id, new RemindReviewer(reviewer, clock.instant()));
    }

    /**
     * @param candidates reviewers who might take the review over, most available first; each is checked against the
     *                   candidate on the relations admissions holds, as an assigned reviewer is ({@link ReviewerRelations})
     */
    public Decision<Application> reassignOverdue(ApplicationId id, String reviewer, List<String> candidates) {
        ReviewDeadlines.Moments due = reviewDeadlines.forReviewAssignedNow();
        Application application = aggregates.load(Application.TYPE, id).state();
        Map<String, ConflictCheck> relations = new LinkedHashMap<>();
        if (application.exists()) {
            Candidacy candidacy = new Candidacy(application.organisation(), application.candidate().studentId());
            candidates.stream().filter(c -> !c.equals(reviewer) && !application.panel().involves(c))
                    .forEach(c -> relations.putIfAbsent(c, reviewerRelations.check(c, candidacy)));
        }
        Decision<Application> decision = aggregates.handle(Application.TYPE, id,
                new ReassignOverdueReview(reviewer, candidates, clock.instant(), due.remindAt(), due.reviewDueAt(), relations));
        reviewDeadlines.follow(decision);
        return decision;
    }

    public Decision<Application> escalateCommitteeCase(ApplicationId id) {
        return aggregates.handle(Application.TYPE, id, new EscalateSpecialReview(clock.instant()));
    }
}
