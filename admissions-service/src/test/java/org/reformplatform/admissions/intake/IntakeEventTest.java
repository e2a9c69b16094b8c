package org.reformplatform.admissions.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.IntakeEventCommand.CloseAtWindowEnd;
import org.reformplatform.admissions.intake.IntakeEventCommand.CloseIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.CreateIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ExtendIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.OpenAtWindowStart;
import org.reformplatform.admissions.intake.IntakeEventCommand.OpenIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ReleaseSeat;
import org.reformplatform.admissions.intake.IntakeEventCommand.TakeSeat;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventClosed;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventCreated;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventExtended;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventOpened;
import org.reformplatform.admissions.intake.IntakeEventEvent.SeatReleased;
import org.reformplatform.admissions.intake.IntakeEventEvent.SeatTaken;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** The rules of an intake event: given its history, when a command, then events or a refusal. */
class IntakeEventTest {

    static final IntakeEventId ID = IntakeEventId.random();
    static final Instant OPENS = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-07-01T00:00:00Z");
    static final List<Challenge> CHALLENGES = List.of(new Challenge("robot-arm", "A sorting robot arm"));
    static final List<ScoringCriterion> CRITERIA = List.of(
            new ScoringCriterion("originality", "How new", new BigDecimal("0.4"), 10),
            new ScoringCriterion("execution", "How well built", new BigDecimal("0.6"), 10));

    static final NonConsensusThresholds POLICY_V1 = new NonConsensusThresholds(new BigDecimal("70"), new BigDecimal("25"), 1);
    static final IntakeEventCreated CREATED = new IntakeEventCreated(ID, "AI camp", IntakeEventKind.CAMP, OPENS, CLOSES, 2, 3, CHALLENGES, CRITERIA,
            POLICY_V1, null);
    /** An event announced before events chose their own policy (stored in the older shape). */
    static final IntakeEventCreated CREATED_BEFORE_POLICIES = new IntakeEventCreated(ID, "AI camp", IntakeEventKind.CAMP, OPENS, CLOSES, 2, 3,
            CHALLENGES, CRITERIA);
    static final IntakeEventOpened OPENED = new IntakeEventOpened(ID);

    final DeciderSpec<IntakeEvent, IntakeEventCommand, IntakeEventEvent> spec = DeciderSpec.of(
            IntakeEvent.TYPE.decider()::initialState, IntakeEvent.TYPE.decider()::decide, IntakeEvent.TYPE.decider()::evolve)
            .covering(IntakeEventCommand.class, IntakeEventEvent.class);

    static CreateIntakeEvent create(int capacity, List<ScoringCriterion> criteria) {
        return create(capacity, 3, criteria, "70", "25", null);
    }

    static CreateIntakeEvent create(int capacity, int requiredReviews, List<ScoringCriterion> criteria, String bar, String spread,
            Integer applicationLimit) {
        return new CreateIntakeEvent(ID, "AI camp", IntakeEventKind.CAMP, new ApplicationWindow(OPENS, CLOSES), capacity, requiredReviews,
                CHALLENGES, criteria, new BigDecimal(bar), new BigDecimal(spread), applicationLimit);
    }

    /** The event as a command announced it. */
    IntakeEvent announced(CreateIntakeEvent create) {
        return spec.given(spec.given().when(create).events().toArray(IntakeEventEvent[]::new)).state();
    }

    @Nested
    class Announcing {

        @Test
        void an_event_is_announced_with_its_rules() {
            spec.given().when(create(2, CRITERIA)).then(CREATED);
        }

        @Test
        void weights_must_add_up_to_exactly_one() {
            List<ScoringCriterion> off = List.of(
                    new ScoringCriterion("a", "", new BigDecimal("0.5"), 10), new ScoringCriterion("b", "", new BigDecimal("0.49"), 10));
            RuleViolation refusal = spec.given().when(create(2, off)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("weights-not-one");
        }

        @Test
        void weights_of_exactly_one_in_any_scale_are_accepted() {
            List<ScoringCriterion> precise = List.of(
                    new ScoringCriterion("a", "", new BigDecimal("0.333"), 10), new ScoringCriterion("b", "", new BigDecimal("0.667"), 10));
            assertThat(spec.given().when(create(2, precise)).events()).hasSize(1);
        }

        @Test
        void a_window_must_open_before_it_closes() {
            RuleViolation refusal = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
                    () -> new ApplicationWindow(CLOSES, OPENS));
            assertThat(refusal.code()).isEqualTo("window-inverted");
        }

        @Test
        void capacity_must_be_positive() {
            assertThat(spec.given().when(create(0, CRITERIA)).thenRefused(RuleViolation.class).code()).isEqualTo("capacity-not-positive");
        }

        @Test
        void criterion_codes_are_unique() {
            List<ScoringCriterion> twice = List.of(
                    new ScoringCriterion("a", "", new BigDecimal("0.5"), 10), new ScoringCriterion("a", "", new BigDecimal("0.5"), 10));
            assertThat(spec.given().when(create(2, twice)).thenRefused(RuleViolation.class).code()).isEqualTo("duplicate-criterion");
        }

        @Test
        void an_application_needs_at_least_two_reviews_so_that_their_spread_can_show_disagreement() {
            RuleViolation refusal = spec.given().when(create(2, 1, CRITERIA, "70", "25", null)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("too-few-required-reviews");
            assertThat(refusal.context()).containsEntry("minimum", 2).containsEntry("requiredReviews", 1);
            assertThat(spec.given().when(create(2, 0, CRITERIA, "70", "25", null)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("too-few-required-reviews");
            spec.given().when(create(2, 2, CRITERIA, "70", "25", null)).then(new IntakeEventCreated(ID, "AI camp", IntakeEventKind.CAMP, OPENS,
                    CLOSES, 2, 2, CHALLENGES, CRITERIA, POLICY_V1, null));
            assertThat(announced(create(2, 5, CRITERIA, "70", "25", null)).requiredReviews()).isEqualTo(5);
        }

        @Test
        void the_event_chooses_its_own_non_consensus_policy_as_version_one() {
            IntakeEvent strict = announced(create(2, 3, CRITERIA, "80", "15.5", null));
            assertThat(strict.nonConsensus()).isEqualTo(new NonConsensusThresholds(new BigDecimal("80"), new BigDecimal("15.5"), 1));
            assertThat(spec.given().when(create(2, 3, CRITERIA, "100.01", "25", null)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("non-consensus-policy-out-of-range");
            assertThat(spec.given().when(create(2, 3, CRITERIA, "70", "0", null)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("non-consensus-policy-out-of-range");
            assertThat(spec.given(CREATED_BEFORE_POLICIES).state().nonConsensus()).as("judged by the service's default").isNull();
        }

        @Test
        void an_event_chooses_blind_review_or_not() {
            CreateIntakeEvent blind = new CreateIntakeEvent(ID, "AI camp", IntakeEventKind.CAMP, new ApplicationWindow(OPENS, CLOSES), 2, 3,
                    CHALLENGES, CRITERIA, new BigDecimal("70"), new BigDecimal("25"), null, true);
            spec.given().when(blind).then(new IntakeEventCreated(ID, "AI camp", IntakeEventKind.CAMP, OPENS, CLOSES, 2, 3, CHALLENGES, CRITERIA,
                    POLICY_V1, null, true));
            assertThat(announced(blind).blindReview()).isTrue();
            assertThat(announced(create(2, CRITERIA)).blindReview()).isFalse();
            assertThat(spec.given(CREATED_BEFORE_POLICIES).state().blindReview()).as("events from before were not blind").isFalse();
        }

        @Test
        void the_policy_reads_raw_totals_unless_the_event_chooses_calibrated_ones() {
            CreateIntakeEvent calibrated = new CreateIntakeEvent(ID, "AI camp", IntakeEventKind.CAMP, new ApplicationWindow(OPENS, CLOSES), 2, 3,
                    CHALLENGES, CRITERIA, new BigDecimal("70"), new BigDecimal("25"), null, false, ScoreBasis.CALIBRATED);
            NonConsensusThresholds onCalibrated = new NonConsensusThresholds(new BigDecimal("70"), new BigDecimal("25"), 1, ScoreBasis.CALIBRATED);
            spec.given().when(calibrated).then(new IntakeEventCreated(ID, "AI camp", IntakeEventKind.CAMP, OPENS, CLOSES, 2, 3, CHALLENGES,
                    CRITERIA, onCalibrated, null, false));
            assertThat(announced(calibrated).nonConsensus().basis()).isEqualTo(ScoreBasis.CALIBRATED);
            // Raw is not written down: the policies of events from before calibration read the same.
            assertThat(announced(create(2, CRITERIA)).nonConsensus().scores()).isNull();
            assertThat(announced(create(2, CRITERIA)).nonConsensus().basis()).isEqualTo(ScoreBasis.RAW);
        }

        @Test
        void a_cap_on_applications_is_optional_and_never_below_the_capacity() {
            assertThat(spec.given().when(create(2, 3, CRITERIA, "70", "25", 1)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("application-limit-below-capacity");
            assertThat(announced(create(2, 3, CRITERIA, "70", "25", 2)).applicationLimit()).isEqualTo(2);
            assertThat(announced(create(2, CRITERIA)).applicationLimit()).isNull();
        }

        @Test
        void an_event_is_announced_only_once() {
            assertThat(spec.given(CREATED).when(create(2, CRITERIA)).thenRefused(RuleViolation.class).code()).isEqualTo("intake-event-exists");
        }
    }

    @Nested
    class RevisingThePolicy {

        @Test
        void an_announced_event_revises_its_policy_to_a_new_version() {
            NonConsensusThresholds v2 = new NonConsensusThresholds(new BigDecimal("75"), new BigDecimal("20"), 2);
            spec.given(CREATED).when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("75"), new BigDecimal("20")))
                    .then(new IntakeEventEvent.NonConsensusPolicyRevised(ID, v2));
            assertThat(spec.given(CREATED, new IntakeEventEvent.NonConsensusPolicyRevised(ID, v2)).state().nonConsensus()).isEqualTo(v2);
        }

        @Test
        void a_revision_may_switch_to_calibrated_totals_and_otherwise_keeps_what_the_policy_reads() {
            NonConsensusThresholds v2 = new NonConsensusThresholds(new BigDecimal("70"), new BigDecimal("25"), 2, ScoreBasis.CALIBRATED);
            spec.given(CREATED).when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("70"), new BigDecimal("25"),
                    ScoreBasis.CALIBRATED)).then(new IntakeEventEvent.NonConsensusPolicyRevised(ID, v2));
            NonConsensusThresholds v3 = new NonConsensusThresholds(new BigDecimal("75"), new BigDecimal("25"), 3, ScoreBasis.CALIBRATED);
            spec.given(CREATED, new IntakeEventEvent.NonConsensusPolicyRevised(ID, v2))
                    .when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("75"), new BigDecimal("25")))
                    .then(new IntakeEventEvent.NonConsensusPolicyRevised(ID, v3));
            NonConsensusThresholds back = new NonConsensusThresholds(new BigDecimal("70"), new BigDecimal("25"), 3);
            spec.given(CREATED, new IntakeEventEvent.NonConsensusPolicyRevised(ID, v2))
                    .when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("70"), new BigDecimal("25"), ScoreBasis.RAW))
                    .then(new IntakeEventEvent.NonConsensusPolicyRevised(ID, back));
        }

        @Test
        void the_same_thresholds_again_change_nothing() {
            spec.given(CREATED).when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("70.00"), new BigDecimal("25"))).then();
        }

        @Test
        void an_event_announced_before_policies_adopts_its_first_version() {
            spec.given(CREATED_BEFORE_POLICIES).when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("70"), new BigDecimal("25")))
                    .then(new IntakeEventEvent.NonConsensusPolicyRevised(ID, POLICY_V1));
        }

        @Test
        void once_open_every_application_is_judged_by_the_same_policy() {
            assertThat(spec.given(CREATED, OPENED).when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("60"), new BigDecimal("25")))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("intake-event-not-announced");
            assertThat(spec.given(CREATED).when(new IntakeEventCommand.ReviseNonConsensusPolicy(new BigDecimal("-1"), new BigDecimal("25")))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("non-consensus-policy-out-of-range");
        }
    }

    @Nested
    class OpeningClosingExtending {

        @Test
        void an_announced_event_opens() {
            spec.given(CREATED).when(new OpenIntakeEvent()).then(OPENED);
        }

        @Test
        void opening_an_open_event_changes_nothing_whoever_opened_it_first() {
            spec.given(CREATED, OPENED).when(new OpenIntakeEvent()).then();
        }

        @Test
        void a_closed_event_does_not_reopen() {
            assertThat(spec.given(CREATED, OPENED, new IntakeEventClosed(ID)).when(new OpenIntakeEvent()).thenRefused(RuleViolation.class).code())
                    .isEqualTo("intake-event-not-announced");
        }

        @Test
        void closing_a_closed_event_changes_nothing_and_an_announced_one_is_not_closed_by_hand() {
            spec.given(CREATED, OPENED, new IntakeEventClosed(ID)).when(new CloseIntakeEvent()).then();
            assertThat(spec.given(CREATED).when(new CloseIntakeEvent()).thenRefused(RuleViolation.class).code()).isEqualTo("intake-event-not-open");
        }

        @Test
        void an_open_event_closes() {
            spec.given(CREATED, OPENED).when(new CloseIntakeEvent()).then(new IntakeEventClosed(ID));
        }

        @Test
        void an_extension_closes_later() {
            Instant later = CLOSES.plusSeconds(86_400);
            spec.given(CREATED, OPENED).when(new ExtendIntakeEvent(later)).then(new IntakeEventExtended(ID, later));
        }

        @Test
        void an_extension_to_the_same_or_an_earlier_time_is_refused() {
            assertThat(spec.given(CREATED, OPENED).when(new ExtendIntakeEvent(CLOSES)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("extension-not-later");
        }

        @Test
        void a_closed_event_cannot_be_extended() {
            assertThat(spec.given(CREATED, OPENED, new IntakeEventClosed(ID)).when(new ExtendIntakeEvent(CLOSES.plusSeconds(60)))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("intake-event-closed");
        }

        @Test
        void commands_to_an_unknown_event_are_refused_as_not_found() {
            RuleViolation refusal = spec.given().when(new OpenIntakeEvent()).thenRefused(RuleViolation.class);
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    /** The window's bounds open and close the event by themselves (the deadlines fire these commands). */
    @Nested
    class ByItsWindow {

        final IntakeEventClosed closed = new IntakeEventClosed(ID);

        @Test
        void an_announced_event_opens_when_its_window_starts() {
            spec.given(CREATED).when(new OpenAtWindowStart(OPENS)).then(OPENED);
        }

        @Test
        void a_start_already_past_opens_it_at_once() {
            spec.given(CREATED).when(new OpenAtWindowStart(OPENS.plusSeconds(86_400 * 10))).then(OPENED);
        }

        @Test
        void the_window_does_not_open_it_early() {
            assertThat(spec.given(CREATED).when(new OpenAtWindowStart(OPENS.minusMillis(1))).thenRefused(RuleViolation.class).code())
                    .isEqualTo("window-not-started");
        }

        @Test
        void an_event_an_operator_opened_already_is_opened_once() {
            spec.given(CREATED, OPENED).when(new OpenAtWindowStart(OPENS)).then();
        }

        @Test
        void an_event_an_operator_closed_before_its_window_stays_closed() {
            assertThat(spec.given(CREATED, OPENED, closed).when(new OpenAtWindowStart(OPENS)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("intake-event-closed");
        }

        @Test
        void an_open_event_closes_when_its_window_ends() {
            spec.given(CREATED, OPENED).when(new CloseAtWindowEnd(CLOSES)).then(closed);
        }

        @Test
        void an_event_that_never_opened_closes_too() {
            spec.given(CREATED).when(new CloseAtWindowEnd(CLOSES.plusSeconds(1))).then(closed);
        }

        @Test
        void an_extended_window_is_not_closed_at_its_old_end() {
            Instant later = CLOSES.plusSeconds(86_400);
            assertThat(spec.given(CREATED, OPENED, new IntakeEventExtended(ID, later)).when(new CloseAtWindowEnd(CLOSES))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("window-still-open");
            spec.given(CREATED, OPENED, new IntakeEventExtended(ID, later)).when(new CloseAtWindowEnd(later)).then(closed);
        }

        @Test
        void an_event_an_operator_closed_is_closed_once() {
            spec.given(CREATED, OPENED, closed).when(new CloseAtWindowEnd(CLOSES)).then();
        }

        @Test
        void a_closed_event_takes_no_application_as_before() {
            assertThat(spec.given(CREATED, OPENED, closed).when(new TakeSeat(ApplicationId.random(), OPENS.plusSeconds(60)))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("intake-event-not-open");
        }
    }

    @Nested
    class TakingPlaces {

        final ApplicationId first = ApplicationId.random();
        final ApplicationId second = ApplicationId.random();
        final Instant during = OPENS.plusSeconds(3600);

        @Test
        void an_application_inside_the_window_takes_a_place() {
            spec.given(CREATED, OPENED).when(new TakeSeat(first, during)).then(new SeatTaken(ID, first));
        }

        @Test
        void the_window_opens_at_its_first_instant_and_is_closed_at_its_last() {
            spec.given(CREATED, OPENED).when(new TakeSeat(first, OPENS)).then(new SeatTaken(ID, first));
            assertThat(spec.given(CREATED, OPENED).when(new TakeSeat(first, CLOSES)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("outside-application-window");
            assertThat(spec.given(CREATED, OPENED).when(new TakeSeat(first, OPENS.minusMillis(1))).thenRefused(RuleViolation.class).code())
                    .isEqualTo("outside-application-window");
        }

        @Test
        void an_event_that_is_not_open_takes_no_application() {
            RuleViolation refusal = spec.given(CREATED).when(new TakeSeat(first, during)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("intake-event-not-open");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_full_event_takes_no_more_applications() {
            RuleViolation refusal = spec.given(CREATED, OPENED, new SeatTaken(ID, first), new SeatTaken(ID, second))
                    .when(new TakeSeat(ApplicationId.random(), during)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("intake-event-full");
            assertThat(refusal.context()).containsEntry("capacity", 2);
        }

        @Test
        void the_last_place_can_be_taken() {
            ApplicationId last = ApplicationId.random();
            spec.given(CREATED, OPENED, new SeatTaken(ID, first)).when(new TakeSeat(last, during)).then(new SeatTaken(ID, last));
        }

        @Test
        void taking_the_same_place_again_changes_nothing() {
            spec.given(CREATED, OPENED, new SeatTaken(ID, first)).when(new TakeSeat(first, during)).then();
        }

        @Test
        void a_released_place_can_be_taken_by_another_application() {
            ApplicationId third = ApplicationId.random();
            spec.given(CREATED, OPENED, new SeatTaken(ID, first), new SeatTaken(ID, second), new SeatReleased(ID, first))
                    .when(new TakeSeat(third, during)).then(new SeatTaken(ID, third));
        }

        @Test
        void the_cap_on_applications_counts_every_application_received_even_withdrawn_or_rejected_ones() {
            IntakeEventCreated capped = new IntakeEventCreated(ID, "AI camp", IntakeEventKind.CAMP, OPENS, CLOSES, 2, 3, CHALLENGES, CRITERIA,
                    POLICY_V1, 3);
            ApplicationId third = ApplicationId.random();
            IntakeEvent afterThree = spec.given(capped, OPENED, new SeatTaken(ID, first), new SeatReleased(ID, first), new SeatTaken(ID, second),
                    new SeatTaken(ID, third)).state();
            assertThat(afterThree.remainingPlaces()).isZero();
            assertThat(afterThree.applicationsReceived()).isEqualTo(3);
            RuleViolation refusal = spec.given(capped, OPENED, new SeatTaken(ID, first), new SeatReleased(ID, first), new SeatTaken(ID, second),
                    new SeatTaken(ID, third), new SeatReleased(ID, third)).when(new TakeSeat(ApplicationId.random(), during))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("application-limit-reached");
            assertThat(refusal.context()).containsEntry("applicationLimit", 3);
        }

        @Test
        void releasing_a_place_that_was_not_taken_changes_nothing() {
            spec.given(CREATED, OPENED).when(new ReleaseSeat(first)).then();
        }
    }

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(IntakeEventCommand.class);
    }
}
