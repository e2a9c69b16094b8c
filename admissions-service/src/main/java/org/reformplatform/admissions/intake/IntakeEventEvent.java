package org.reformplatform.admissions.intake;

import java.time.Instant;
import java.util.List;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;

/** What happens to an intake event. Published on {@code admissions.events}; see docs/events. */
public sealed interface IntakeEventEvent {

    IntakeEventId intakeEventId();

    /**
     * An intake event is announced, with its rules, before it opens. {@code capacity} counts admissions
     * (a rejected or withdrawn application gives its place back); {@code applicationLimit} caps the
     * applications received in all (null: no cap); {@code nonConsensus} is the event's own
     * non-consensus policy, version 1 (null in events announced before events chose one: the service's
     * default judges them); {@code blindReview}: its reviewers see a review pseudonym and the project
     * work, never who the candidate is (null, not blind, in events from before).
     */
    record IntakeEventCreated(IntakeEventId intakeEventId, String title, IntakeEventKind kind, Instant opensAt, Instant closesAt,
            int capacity, int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria,
            NonConsensusThresholds nonConsensus, Integer applicationLimit, Boolean blindReview) implements IntakeEventEvent {

        /** An event as announced before it chose its own policy or capped its applications. */
        public IntakeEventCreated(IntakeEventId intakeEventId, String title, IntakeEventKind kind, Instant opensAt, Instant closesAt,
                int capacity, int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria) {
            this(intakeEventId, title, kind, opensAt, closesAt, capacity, requiredReviews, challenges, criteria, null, null, null);
        }

        /** An event with its own policy, reviewed knowing the candidates. */
        public IntakeEventCreated(IntakeEventId intakeEventId, String title, IntakeEventKind kind, Instant opensAt, Instant closesAt,
                int capacity, int requiredReviews, List<Challenge> challenges, List<ScoringCriterion> criteria,
                NonConsensusThresholds nonConsensus, Integer applicationLimit) {
            this(intakeEventId, title, kind, opensAt, closesAt, capacity, requiredReviews, challenges, criteria, nonConsensus, applicationLimit,
                    false);
        }
    }

    /** The event's non-consensus policy revised before it opened: {@code nonConsensus} is the new version. */
    record NonConsensusPolicyRevised(IntakeEventId intakeEventId, NonConsensusThresholds nonConsensus) implements IntakeEventEvent {
    }

    record IntakeEventOpened(IntakeEventId intakeEventId) implements IntakeEventEvent {
    }

    record IntakeEventClosed(IntakeEventId intakeEventId) implements IntakeEventEvent {
    }

    record IntakeEventExtended(IntakeEventId intakeEventId, Instant closesAt) implements IntakeEventEvent {
    }

    /** An application took one of the event's places. */
    record SeatTaken(IntakeEventId intakeEventId, ApplicationId applicationId) implements IntakeEventEvent {
    }

    /** A withdrawn or rejected application gave its place back. */
    record SeatReleased(IntakeEventId intakeEventId, ApplicationId applicationId) implements IntakeEventEvent {
    }
}
