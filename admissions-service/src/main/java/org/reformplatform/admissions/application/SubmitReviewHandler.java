package org.reformplatform.admissions.application;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.SubmitReview;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.student.StudentAdmissions;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * A reviewer on the panel scores the project work. When the last required review is in, the
 * non-consensus policy decides: admitted (and the student created in the same transaction),
 * rejected, or referred to the committee's special review (with its time limit). The reviewer's
 * reminder and overdue deadlines are cancelled; a decision cancels those of the reviewers still owing one.
 */
@ApplicationScoped
public class SubmitReviewHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    StudentAdmissions students;

    @Inject
    NonConsensusPolicy policy;

    @Inject
    Clock clock;

    @Inject
    ReviewDeadlines reviewDeadlines;

    @Inject
    RejectedPlaces seats;

    public Decision<Application> handle(ApplicationId id, String reviewer, List<CriterionScore> scores, Recommendation recommendation,
            String comment, OptionalInt expectedVersion) {
        // The decider refuses reviewers not on the panel; loading nothing else keeps the hot path to one stream (two on admission).
        reviewDeadlines.settling(id, reviewer, "reviewed");
        Decision<Application> decision = aggregates.handle(Application.TYPE, id,
                new SubmitReview(reviewer, scores, recommendation, comment, policy, clock.instant(), reviewDeadlines.committeeDecisionDueNow()),
                expectedVersion);
        students.admitIfAdmitted(decision);
        seats.releaseIfRejected(decision);
        reviewDeadlines.follow(decision);
        return decision;
    }
}
