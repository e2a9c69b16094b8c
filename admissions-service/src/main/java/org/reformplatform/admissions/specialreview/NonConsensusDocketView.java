package org.reformplatform.admissions.specialreview;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.SpecialReviewEscalated;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * The non-consensus docket: applications the policy referred to special review, with the reviewers'
 * totals, the mean and the spread, until the committee decides them (or the candidate withdraws); when
 * the committee must decide, and a case escalated because its time limit passed undecided.
 */
@ApplicationScoped
public class NonConsensusDocketView implements Projection {

    @Inject
    ObjectMapper mapper;

    @Override
    public String name() {
        return "special-review-docket";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ApplicationReferredToSpecialReview.class, ApplicationAdmitted.class, ApplicationRejected.class, ApplicationWithdrawn.class,
                SpecialReviewEscalated.class);
    }

    @Override
    public List<String> tables() {
        return List.of("special_reviews");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        ApplicationEvent event = (ApplicationEvent) recorded.event();
        SpecialReviewCase row = SpecialReviewCase.findById(event.applicationId().value());
        if (event instanceof ApplicationReferredToSpecialReview referral) {
            if (row != null) {
                return;
            }
            row = new SpecialReviewCase();
            row.applicationId = referral.applicationId().value();
            row.intakeEventId = referral.intakeEventId().value();
            row.candidateName = referral.candidateName();
            row.reviewerTotals = json(referral);
            row.meanTotal = referral.meanTotal();
            row.spread = referral.spread();
            row.reasons = referral.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
            row.admissionBar = referral.admissionBar();
            row.spreadThreshold = referral.spreadThreshold();
            row.referredAt = referral.referredAt();
            row.decisionDueAt = referral.decisionDueAt();
            row.status = SpecialReviewCase.Status.PENDING;
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        // Only applications on the docket have a row; decisions by the policy alone leave it untouched.
        if (row == null) {
            return;
        }
        row.version = recorded.streamVersion();
        if (event instanceof SpecialReviewEscalated escalated) {
            row.escalatedAt = escalated.escalatedAt();
        } else if (event instanceof ApplicationAdmitted admitted) {
            decided(row, SpecialReviewCase.Status.ADMITTED, admitted.rationale(), admitted.decidedBy(), admitted.decidedAt());
        } else if (event instanceof ApplicationRejected rejected) {
            decided(row, SpecialReviewCase.Status.REJECTED, rejected.rationale(), rejected.decidedBy(), rejected.decidedAt());
        } else if (event instanceof ApplicationWithdrawn withdrawn) {
            decided(row, SpecialReviewCase.Status.WITHDRAWN, withdrawn.reason(), null, withdrawn.withdrawnAt());
        }
    }

    private static void decided(SpecialReviewCase row, SpecialReviewCase.Status status, String rationale, String by, java.time.Instant at) {
        row.status = status;
        row.rationale = rationale;
        row.decidedBy = by;
        row.decidedAt = at;
    }

    private String json(ApplicationReferredToSpecialReview referral) {
        try {
            return mapper.writeValueAsString(referral.reviewerTotals());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
