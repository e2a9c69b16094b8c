package org.reformplatform.admissions.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.SubmitReview;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.review.ReviewerOffsets;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.admissions.review.Scorecard;
import org.reformplatform.admissions.student.StudentAdmissions;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;

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

    @Inject
    IntakeCalibrations calibrations;

    public Decision<Application> handle(ApplicationId id, String reviewer, List<CriterionScore> scores, Recommendation recommendation,
            String comment, OptionalInt expectedVersion) {
        // The decider refuses reviewers not on the panel; loading nothing else keeps the hot path to one stream (two on admission).
        reviewDeadlines.settling(id, reviewer, "reviewed");
        Decision<Application> decision = aggregates.handle(Application.TYPE, id,
                new SubmitReview(reviewer, scores, recommendation, comment, policy, clock.instant(), reviewDeadlines.committeeDecisionDueNow(),
                        calibrationFor(id, reviewer, scores, recommendation)),
                expectedVersion);
        students.admitIfAdmitted(decision);
        seats.releaseIfRejected(decision);
        reviewDeadlines.follow(decision);
        return decision;
    }

    /**
     * The reviewers' offsets within the intake event, this review included, for an application whose
     * policy reads calibrated totals; else none (and nothing more is read: the hot path stays one
     * stream, loaded once more from this transaction's cache when the decider handles it). Estimated
     * for every review of such an application, not only the one that seems to complete the panel: a
     * review committed meanwhile by another reviewer may make this one the last.
     */
    private ReviewerOffsets calibrationFor(ApplicationId id, String reviewer, List<CriterionScore> scores, Recommendation recommendation) {
        Application application = aggregates.load(Application.TYPE, id).state();
        if (!application.exists() || application.nonConsensus() == null || application.nonConsensus().basis() != ScoreBasis.CALIBRATED) {
            return null;
        }
        BigDecimal total;
        try {
            total = Scorecard.total(application.panel().criteria(), scores);
        } catch (RuleViolation refused) {
            return null; // the decider refuses the same scores
        }
        return calibrations.with(application.intakeEventId().value(), id.value(), new ReviewerTotal(reviewer, total, recommendation)).offsets();
    }
}
