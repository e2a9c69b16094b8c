package org.reformplatform.admissions.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.ReviewCalibration;
import org.reformplatform.admissions.review.ReviewerTotal;

/** An intake event's reviews, from the calibration read model, calibrated by {@link ReviewCalibration}. */
@ApplicationScoped
public class IntakeCalibrations {

    /** The event's calibration on its recorded reviews, its applications' percentiles on what its policy reads. */
    public ReviewCalibration.Result of(UUID intakeEventId) {
        return ReviewCalibration.of(reviews(intakeEventId), basisOf(intakeEventId));
    }

    /**
     * What the event's policy reads. Its applications are all submitted after it opened, when its
     * policy can no longer be revised, so they all carry the same; raw for an event without any.
     */
    public ScoreBasis basisOf(UUID intakeEventId) {
        ScoredApplication any = ScoredApplication.find("intakeEventId", intakeEventId).firstResult();
        return any == null ? ScoreBasis.RAW : any.scoreBasis;
    }

    /** The same with one more review, not yet recorded: the one that completes a panel and is decided with it. */
    public ReviewCalibration.Result with(UUID intakeEventId, UUID applicationId, ReviewerTotal review) {
        Map<UUID, List<ReviewerTotal>> reviews = reviews(intakeEventId);
        List<ReviewerTotal> panel = new ArrayList<>(reviews.getOrDefault(applicationId, List.of()));
        panel.removeIf(t -> t.reviewer().equals(review.reviewer()));
        panel.add(review);
        reviews.put(applicationId, panel);
        return ReviewCalibration.of(reviews, ScoreBasis.CALIBRATED);
    }

    /** The applications of the event that have reviews, each with them (applications in id order, reviewers by name). */
    Map<UUID, List<ReviewerTotal>> reviews(UUID intakeEventId) {
        List<ScoredReview> rows = ScoredReview.list("applicationId in (select a.applicationId from ScoredApplication a "
                + "where a.intakeEventId = ?1) order by applicationId, reviewer", intakeEventId);
        Map<UUID, List<ReviewerTotal>> reviews = new TreeMap<>();
        for (ScoredReview row : rows) {
            reviews.computeIfAbsent(row.applicationId, x -> new ArrayList<>()).add(new ReviewerTotal(row.reviewer, row.total, row.recommendation));
        }
        return reviews;
    }

    /** Each application's status, for the event's ranking. */
    public Map<UUID, ScoredApplication> applications(UUID intakeEventId) {
        Map<UUID, ScoredApplication> rows = new TreeMap<>();
        ScoredApplication.<ScoredApplication>list("intakeEventId", intakeEventId).forEach(a -> rows.put(a.applicationId, a));
        return rows;
    }
}
