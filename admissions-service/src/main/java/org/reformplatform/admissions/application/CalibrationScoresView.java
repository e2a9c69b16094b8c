package org.reformplatform.admissions.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewersAssigned;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Every review's total with its application's intake event: what calibrating an event's reviewers reads. */
@ApplicationScoped
public class CalibrationScoresView implements Projection {

    @Override
    public String name() {
        return "calibration-scores";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ApplicationSubmitted.class, ReviewersAssigned.class, ReviewSubmitted.class, ApplicationReferredToSpecialReview.class,
                ApplicationAdmitted.class, ApplicationRejected.class, ApplicationWithdrawn.class);
    }

    /** Inline: the review that completes a panel is decided on the reviews recorded before it, in the same transaction. */
    @Override
    public boolean inline() {
        return true;
    }

    /** Inline for applications only, the stream of every event it reads (see ApplicationStatusView). */
    @Override
    public Set<String> inlineStreamTypes() {
        return Set.of(Application.TYPE.streamType());
    }

    @Override
    public List<String> tables() {
        return List.of("calibration_applications", "calibration_reviews");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        ApplicationEvent event = (ApplicationEvent) recorded.event();
        if (event instanceof ApplicationSubmitted submitted) {
            // The first event of its stream, and the projector applies each event once: there is no row yet, so none is read.
            ScoredApplication row = new ScoredApplication();
            row.applicationId = submitted.applicationId().value();
            row.intakeEventId = submitted.intakeEventId().value();
            row.status = ApplicationStatus.SUBMITTED;
            row.scoreBasis = submitted.nonConsensus() == null ? ScoreBasis.RAW : submitted.nonConsensus().basis();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        ScoredApplication row = ScoredApplication.findById(event.applicationId().value());
        // Events of one stream arrive in order; one applied already (a redelivery) changes nothing.
        if (row == null || recorded.streamVersion() <= row.version) {
            return;
        }
        row.version = recorded.streamVersion();
        if (event instanceof ReviewersAssigned) {
            row.status = row.status == ApplicationStatus.SUBMITTED ? ApplicationStatus.UNDER_REVIEW : row.status;
        } else if (event instanceof ReviewSubmitted review) {
            ScoredReview scored = new ScoredReview();
            scored.applicationId = review.applicationId().value();
            scored.reviewer = review.reviewer();
            scored.total = review.total();
            scored.recommendation = review.recommendation();
            scored.persist();
        } else if (event instanceof ApplicationReferredToSpecialReview) {
            row.status = ApplicationStatus.SPECIAL_REVIEW;
        } else if (event instanceof ApplicationAdmitted) {
            row.status = ApplicationStatus.ADMITTED;
        } else if (event instanceof ApplicationRejected) {
            row.status = ApplicationStatus.REJECTED;
        } else if (event instanceof ApplicationWithdrawn) {
            row.status = ApplicationStatus.WITHDRAWN;
        }
    }
}
