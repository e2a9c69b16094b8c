package org.reformplatform.admissions.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;

/** What operators and applications ask of an intake event. */
public sealed interface IntakeEventCommand {

    /**
     * Announces an event. {@code capacity} counts admissions (places held by applications under review
     * or admitted; a rejection or withdrawal frees one); {@code applicationLimit}, if any, caps the
     * applications the event receives in all. {@code nonConsensus} is the policy it judges by (its
     * version is set by the decider: 1), read on {@code scores} (null: raw). In a {@code blindReview}
     * event reviewers never learn who a candidate is.
     */
    record CreateIntakeEvent(IntakeEventId id, String title, IntakeEventKind kind, ApplicationWindow window, int capacity,
            int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria, BigDecimal admissionBar,
            BigDecimal spreadThreshold, Integer applicationLimit, boolean blindReview, ScoreBasis scores) implements IntakeEventCommand {

        /** An event whose policy reads raw totals. */
        public CreateIntakeEvent(IntakeEventId id, String title, IntakeEventKind kind, ApplicationWindow window, int capacity,
                int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria, BigDecimal admissionBar,
                BigDecimal spreadThreshold, Integer applicationLimit, boolean blindReview) {
            this(id, title, kind, window, capacity, requiredReviews, challenges, criteria, admissionBar, spreadThreshold, applicationLimit,
                    blindReview, null);
        }

        /** An event whose reviewers may know who the candidate is. */
        public CreateIntakeEvent(IntakeEventId id, String title, IntakeEventKind kind, ApplicationWindow window, int capacity,
                int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria, BigDecimal admissionBar,
                BigDecimal spreadThreshold, Integer applicationLimit) {
            this(id, title, kind, window, capacity, requiredReviews, challenges, criteria, admissionBar, spreadThreshold, applicationLimit, false);
        }
    }

    /**
     * An operator revises the event's non-consensus thresholds before it opens: a new version of its
     * policy. {@code scores} null keeps what the policy reads (raw or calibrated totals).
     */
    record ReviseNonConsensusPolicy(BigDecimal admissionBar, BigDecimal spreadThreshold, ScoreBasis scores) implements IntakeEventCommand {

        public ReviseNonConsensusPolicy(BigDecimal admissionBar, BigDecimal spreadThreshold) {
            this(admissionBar, spreadThreshold, null);
        }
    }

    record OpenIntakeEvent() implements IntakeEventCommand {
    }

    record CloseIntakeEvent() implements IntakeEventCommand {
    }

    /** The window's start has come ({@code at}, by the platform's clock): an announced event opens by itself. */
    record OpenAtWindowStart(Instant at) implements IntakeEventCommand {
    }

    /** The window's end has come ({@code at}): the event closes by itself, whether an operator opened it or its window did. */
    record CloseAtWindowEnd(Instant at) implements IntakeEventCommand {
    }

    record ExtendIntakeEvent(Instant closesAt) implements IntakeEventCommand {
    }

    /** Taken when an application is submitted, at {@code at}: the window and capacity are checked here. */
    record TakeSeat(ApplicationId applicationId, Instant at) implements IntakeEventCommand {
    }

    /** A withdrawn or rejected application gives its place back (nothing when it holds none). */
    record ReleaseSeat(ApplicationId applicationId) implements IntakeEventCommand {
    }
}
