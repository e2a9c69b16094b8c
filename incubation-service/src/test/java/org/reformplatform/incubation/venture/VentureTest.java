package org.reformplatform.incubation.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.incubation.venture.VentureFixtures.APPLIED;
import static org.reformplatform.incubation.venture.VentureFixtures.APPLIED_ON;
import static org.reformplatform.incubation.venture.VentureFixtures.ID;
import static org.reformplatform.incubation.venture.VentureFixtures.at;
import static org.reformplatform.incubation.venture.VentureFixtures.dayOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.incubation.venture.VentureCommand.AddFounder;
import org.reformplatform.incubation.venture.VentureCommand.ApplyForIncubation;
import org.reformplatform.incubation.venture.VentureCommand.AssignMentor;
import org.reformplatform.incubation.venture.VentureCommand.ChangeStage;
import org.reformplatform.incubation.venture.VentureCommand.CloseFundingRound;
import org.reformplatform.incubation.venture.VentureCommand.CloseVenture;
import org.reformplatform.incubation.venture.VentureCommand.RecordMilestone;
import org.reformplatform.incubation.venture.VentureCommand.VerifyFounder;
import org.reformplatform.incubation.venture.VentureEvent.FounderJoined;
import org.reformplatform.incubation.venture.VentureEvent.FounderVerified;
import org.reformplatform.incubation.venture.VentureEvent.FundingRoundClosed;
import org.reformplatform.incubation.venture.VentureEvent.MentorAssigned;
import org.reformplatform.incubation.venture.VentureEvent.VentureApplied;
import org.reformplatform.incubation.venture.VentureEvent.VentureClosed;
import org.reformplatform.incubation.venture.VentureEvent.VentureMilestoneReached;
import org.reformplatform.incubation.venture.VentureEvent.VentureStageChanged;
import org.reformplatform.testing.DeciderSpec;

/** A venture's rules: applying, its stages, founders, mentors, milestones and funding rounds. */
class VentureTest {

    final DeciderSpec<Venture, VentureCommand, VentureEvent> spec = VentureFixtures.spec();

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(VentureCommand.class);
    }

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final LocalDate LATER = APPLIED_ON.plusMonths(5);

    static RuleViolation refused(DeciderSpec<Venture, VentureCommand, VentureEvent>.When when) {
        return when.thenRefused(RuleViolation.class);
    }

    /** The only moves: applied → admitted → incubating → accelerating → graduated. */
    static final List<List<VentureStage>> ALLOWED = List.of(
            List.of(VentureStage.APPLIED, VentureStage.ADMITTED),
            List.of(VentureStage.ADMITTED, VentureStage.INCUBATING),
            List.of(VentureStage.INCUBATING, VentureStage.ACCELERATING),
            List.of(VentureStage.ACCELERATING, VentureStage.GRADUATED));

    static Stream<Arguments> allowedMoves() {
        return ALLOWED.stream().map(move -> Arguments.of(move.get(0), move.get(1)));
    }

    /** Every other pair of stages: back, skipping, staying, leaving a final stage, and "moving" to closed. */
    static Stream<Arguments> refusedMoves() {
        List<Arguments> refused = new ArrayList<>();
        for (VentureStage from : VentureStage.values()) {
            for (VentureStage to : VentureStage.values()) {
                if (!ALLOWED.contains(List.of(from, to))) {
                    refused.add(Arguments.of(from, to));
                }
            }
        }
        return refused.stream();
    }

    @Nested
    class Applying {

        @Test
        void a_venture_applies_to_a_centre() {
            spec.given().when(new ApplyForIncubation(ID, "future-innovation-centre", "Deep Vision Robotics", VentureOrigin.STUDENT,
                    "Vision-guided sorting robots", APPLIED_ON)).then(APPLIED);
        }

        @Test
        void a_venture_applies_once() {
            assertThat(refused(spec.given(APPLIED).when(new ApplyForIncubation(ID, "c1", "Again", VentureOrigin.STUDENT, null, APPLIED_ON))).code())
                    .isEqualTo("venture-exists");
        }

        @Test
        void a_venture_needs_a_name() {
            assertThat(refused(spec.given().when(new ApplyForIncubation(ID, "c1", " ", VentureOrigin.FACULTY, null, APPLIED_ON))).code())
                    .isEqualTo("venture-name-required");
        }
    }

    /** Every stage change a venture may make, and every one it may not. */
    @Nested
    class MovingOn {

        @ParameterizedTest(name = "{0} → {1}")
        @MethodSource("org.reformplatform.incubation.venture.VentureTest#allowedMoves")
        void a_venture_moves_on_one_stage_at_a_time(VentureStage from, VentureStage to) {
            spec.given(at(from)).when(new ChangeStage(to, dayOf(to))).then(new VentureStageChanged(ID, from, to, dayOf(to)));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @MethodSource("org.reformplatform.incubation.venture.VentureTest#refusedMoves")
        void every_other_move_is_an_illegal_stage_change(VentureStage from, VentureStage to) {
            RuleViolation refusal = spec.given(at(from)).when(new ChangeStage(to, dayOf(VentureStage.CLOSED).plusDays(1)))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("illegal-stage-change");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            assertThat(refusal.context()).containsEntry("from", from.name()).containsEntry("to", to.name());
        }

        @Test
        void the_change_may_happen_on_the_day_the_current_stage_began() {
            spec.given(at(VentureStage.ADMITTED)).when(new ChangeStage(VentureStage.INCUBATING, dayOf(VentureStage.ADMITTED)))
                    .then(new VentureStageChanged(ID, VentureStage.ADMITTED, VentureStage.INCUBATING, dayOf(VentureStage.ADMITTED)));
        }

        @Test
        void but_not_on_a_day_before() {
            RuleViolation refusal = spec.given(at(VentureStage.ADMITTED))
                    .when(new ChangeStage(VentureStage.INCUBATING, dayOf(VentureStage.ADMITTED).minusDays(1))).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("date-before-current-stage");
        }

        @Test
        void an_unknown_venture_does_not_move() {
            RuleViolation refusal = spec.given().when(new ChangeStage(VentureStage.ADMITTED, dayOf(VentureStage.ADMITTED)))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }

        @Test
        void the_state_follows_the_stages_with_their_days() {
            Venture venture = spec.given(at(VentureStage.GRADUATED)).state();
            assertThat(venture.stage()).isEqualTo(VentureStage.GRADUATED);
            assertThat(venture.stageSince()).isEqualTo(dayOf(VentureStage.GRADUATED));
            assertThat(venture.stages()).extracting(StageChange::stage).containsExactly(VentureStage.APPLIED, VentureStage.ADMITTED,
                    VentureStage.INCUBATING, VentureStage.ACCELERATING, VentureStage.GRADUATED);
        }
    }

    /** Closing, at any stage before graduation. */
    @Nested
    class Closing {

        static final String REASON = "No market for the product";

        @ParameterizedTest
        @EnumSource(value = VentureStage.class, names = {"APPLIED", "ADMITTED", "INCUBATING", "ACCELERATING"})
        void a_venture_closes_at_any_stage_before_graduation(VentureStage stage) {
            spec.given(at(stage)).when(new CloseVenture(REASON, dayOf(VentureStage.CLOSED)))
                    .then(new VentureClosed(ID, REASON, dayOf(VentureStage.CLOSED)));
        }

        @Test
        void a_graduated_venture_is_not_closed_here() {
            RuleViolation refusal = spec.given(at(VentureStage.GRADUATED)).when(new CloseVenture(REASON, dayOf(VentureStage.GRADUATED)))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("venture-graduated");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_closed_venture_does_not_close_again() {
            RuleViolation refusal = spec.given(at(VentureStage.CLOSED)).when(new CloseVenture(REASON, dayOf(VentureStage.CLOSED)))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("venture-closed");
        }

        @Test
        void closing_needs_a_reason() {
            RuleViolation refusal = spec.given(at(VentureStage.INCUBATING)).when(new CloseVenture("  ", dayOf(VentureStage.CLOSED)))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("reason-required");
        }

        @Test
        void a_venture_does_not_close_before_its_current_stage_began() {
            RuleViolation refusal = spec.given(at(VentureStage.INCUBATING))
                    .when(new CloseVenture(REASON, dayOf(VentureStage.INCUBATING).minusDays(1))).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("date-before-current-stage");
        }

        @Test
        void a_closed_venture_keeps_its_reason() {
            Venture venture = spec.given(at(VentureStage.CLOSED)).state();
            assertThat(venture.stage()).isEqualTo(VentureStage.CLOSED);
            assertThat(venture.closedReason()).isEqualTo("The founders returned to their studies");
        }
    }

    @Nested
    class Founders {

        final UUID student = UUID.randomUUID();
        final UUID researcher = UUID.randomUUID();

        @Test
        void a_student_whose_admission_is_not_known_yet_joins_unverified() {
            spec.given(APPLIED).when(new AddFounder(FounderKind.STUDENT, student, null, "Zhang Min", null, NOW))
                    .then(new FounderJoined(ID, FounderKind.STUDENT, student, null, "Zhang Min"));
        }

        @Test
        void a_student_whose_admission_is_known_joins_verified() {
            spec.given(APPLIED).when(new AddFounder(FounderKind.STUDENT, student, null, "Zhang Min", "admissions application 1", NOW))
                    .then(new FounderJoined(ID, FounderKind.STUDENT, student, null, "Zhang Min"),
                            new FounderVerified(ID, FounderKind.STUDENT, student, null, "admissions application 1", NOW));
        }

        @Test
        void a_researcher_and_an_external_founder_join() {
            spec.given(APPLIED).when(new AddFounder(FounderKind.RESEARCHER, null, researcher, "Prof. Wang", null, NOW))
                    .then(new FounderJoined(ID, FounderKind.RESEARCHER, null, researcher, "Prof. Wang"));
            spec.given(APPLIED).when(new AddFounder(FounderKind.EXTERNAL, null, null, "Chen Jie", "ignored for external founders", NOW))
                    .then(new FounderJoined(ID, FounderKind.EXTERNAL, null, null, "Chen Jie"));
        }

        @Test
        void each_kind_carries_exactly_its_own_id() {
            assertThat(refused(spec.given(APPLIED).when(new AddFounder(FounderKind.STUDENT, null, null, "No id", null, NOW))).code())
                    .isEqualTo("founder-identity-mismatch");
            assertThat(refused(spec.given(APPLIED).when(new AddFounder(FounderKind.STUDENT, student, researcher, "Both", null, NOW))).code())
                    .isEqualTo("founder-identity-mismatch");
            assertThat(refused(spec.given(APPLIED).when(new AddFounder(FounderKind.RESEARCHER, student, null, "Wrong id", null, NOW))).code())
                    .isEqualTo("founder-identity-mismatch");
            assertThat(refused(spec.given(APPLIED).when(new AddFounder(FounderKind.EXTERNAL, student, null, "An id", null, NOW))).code())
                    .isEqualTo("founder-identity-mismatch");
        }

        @Test
        void a_person_joins_a_venture_once() {
            FounderJoined joined = new FounderJoined(ID, FounderKind.STUDENT, student, null, "Zhang Min");
            assertThat(refused(spec.given(APPLIED, joined).when(new AddFounder(FounderKind.STUDENT, student, null, "Min Zhang", null, NOW)))
                    .code()).isEqualTo("founder-already-joined");
            FounderJoined external = new FounderJoined(ID, FounderKind.EXTERNAL, null, null, "Chen Jie");
            assertThat(refused(spec.given(APPLIED, external).when(new AddFounder(FounderKind.EXTERNAL, null, null, " chen jie ", null, NOW)))
                    .code()).isEqualTo("founder-already-joined");
        }

        @Test
        void a_closed_venture_takes_no_founders() {
            assertThat(refused(spec.given(at(VentureStage.CLOSED)).when(new AddFounder(FounderKind.EXTERNAL, null, null, "Late", null, NOW)))
                    .code()).isEqualTo("venture-closed");
        }

        @Test
        void a_founder_is_verified_once_when_the_admission_arrives() {
            FounderJoined joined = new FounderJoined(ID, FounderKind.STUDENT, student, null, "Zhang Min");
            FounderVerified verified = new FounderVerified(ID, FounderKind.STUDENT, student, null, "admissions application 1", NOW);
            spec.given(APPLIED, joined).when(new VerifyFounder(FounderKind.STUDENT, student, "admissions application 1", NOW)).then(verified);
            spec.given(APPLIED, joined, verified).when(new VerifyFounder(FounderKind.STUDENT, student, "admissions application 2", NOW)).then();
            assertThat(spec.given(APPLIED, joined, verified).state().founders()).singleElement()
                    .satisfies(f -> assertThat(f.verified()).isTrue());
        }

        @Test
        void verifying_someone_who_is_not_a_founder_here_changes_nothing() {
            spec.given(APPLIED).when(new VerifyFounder(FounderKind.STUDENT, student, "admissions application 1", NOW)).then();
            FounderJoined researcherJoined = new FounderJoined(ID, FounderKind.RESEARCHER, null, student, "Same uuid, other kind");
            spec.given(APPLIED, researcherJoined).when(new VerifyFounder(FounderKind.STUDENT, student, "admissions application 1", NOW)).then();
        }

        @Test
        void a_founder_of_a_venture_that_closed_meanwhile_is_still_verified() {
            FounderJoined joined = new FounderJoined(ID, FounderKind.RESEARCHER, null, researcher, "Prof. Wang");
            spec.given(APPLIED, joined, new VentureEvent.VentureClosed(ID, "No market", APPLIED_ON)).when(new VerifyFounder(FounderKind.RESEARCHER, researcher, "arrangement 7", NOW))
                    .then(new FounderVerified(ID, FounderKind.RESEARCHER, null, researcher, "arrangement 7", NOW));
        }
    }

    @Nested
    class MentorsAndMilestones {

        @Test
        void a_mentor_is_assigned_once() {
            MentorAssigned assigned = new MentorAssigned(ID, "Li Wei", "hillhouse-vc", "Go-to-market", LATER);
            spec.given(APPLIED).when(new AssignMentor("Li Wei", "hillhouse-vc", "Go-to-market", LATER)).then(assigned);
            assertThat(refused(spec.given(APPLIED, assigned).when(new AssignMentor("li wei", null, null, LATER))).code())
                    .isEqualTo("mentor-already-assigned");
        }

        @Test
        void a_milestone_is_reached_once_and_not_before_the_application() {
            VentureMilestoneReached reached = new VentureMilestoneReached(ID, "First paying customer", LATER);
            spec.given(APPLIED).when(new RecordMilestone("First paying customer", LATER)).then(reached);
            spec.given(APPLIED).when(new RecordMilestone("Prototype", APPLIED_ON))
                    .then(new VentureMilestoneReached(ID, "Prototype", APPLIED_ON));
            assertThat(refused(spec.given(APPLIED, reached).when(new RecordMilestone("first paying customer", LATER))).code())
                    .isEqualTo("milestone-already-reached");
            assertThat(refused(spec.given(APPLIED).when(new RecordMilestone("Prototype", APPLIED_ON.minusDays(1)))).code())
                    .isEqualTo("date-before-application");
        }

        @ParameterizedTest
        @EnumSource(value = VentureStage.class, names = {"APPLIED", "ADMITTED", "INCUBATING", "ACCELERATING", "GRADUATED"})
        void milestones_are_recorded_at_every_stage_but_closed(VentureStage stage) {
            assertThat(spec.given(at(stage)).when(new RecordMilestone("Product launch", LATER.plusYears(1))).events()).hasSize(1);
        }

        @Test
        void a_closed_venture_reaches_no_milestones_and_gets_no_mentors() {
            assertThat(refused(spec.given(at(VentureStage.CLOSED)).when(new RecordMilestone("Too late", LATER.plusYears(1)))).code())
                    .isEqualTo("venture-closed");
            assertThat(refused(spec.given(at(VentureStage.CLOSED)).when(new AssignMentor("Too late", null, null, LATER.plusYears(1)))).code())
                    .isEqualTo("venture-closed");
        }
    }

    @Nested
    class FundingRounds {

        final PartnerId vc = PartnerId.forOrganisation("hillhouse-vc");
        final List<Investor> oneInvestor = List.of(Investor.partner("Hillhouse Capital", vc, "hillhouse-vc", null));

        CloseFundingRound round(String name, String amount, List<Investor> investors) {
            return new CloseFundingRound(name, Money.of(amount, "CNY"), investors, LATER);
        }

        @ParameterizedTest
        @EnumSource(value = VentureStage.class, names = {"APPLIED", "ADMITTED", "INCUBATING", "ACCELERATING", "GRADUATED"})
        void a_venture_that_is_not_closed_closes_rounds(VentureStage stage) {
            CloseFundingRound seed = new CloseFundingRound("Seed", Money.of("3000000.00", "CNY"), oneInvestor, LATER.plusYears(2));
            spec.given(at(stage)).when(seed)
                    .then(new FundingRoundClosed(ID, "Seed", Money.of("3000000.00", "CNY"), oneInvestor, LATER.plusYears(2)));
        }

        @Test
        void a_closed_venture_takes_no_rounds() {
            RuleViolation refusal = refused(spec.given(at(VentureStage.CLOSED)).when(
                    new CloseFundingRound("Seed", Money.of("1000000.00", "CNY"), oneInvestor, LATER.plusYears(2))));
            assertThat(refusal.code()).isEqualTo("venture-closed");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_round_raises_more_than_zero() {
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "0.00", oneInvestor))).code()).isEqualTo("amount-not-positive");
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "-0.01", oneInvestor))).code()).isEqualTo("amount-not-positive");
            assertThat(spec.given(APPLIED).when(round("Seed", "0.01", oneInvestor)).events()).hasSize(1);
        }

        @Test
        void a_round_is_named_once_per_venture() {
            FundingRoundClosed seed = new FundingRoundClosed(ID, "Seed", Money.of("1.00", "CNY"), oneInvestor, LATER);
            assertThat(refused(spec.given(APPLIED, seed).when(round("Seed", "2.00", oneInvestor))).code()).isEqualTo("round-exists");
        }

        @Test
        void a_round_has_investors_named_once() {
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "1.00", List.of()))).code()).isEqualTo("no-investors");
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "1.00", List.of(Investor.external("Angel", null),
                    Investor.external(" angel", null))))).code()).isEqualTo("duplicate-investor");
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "1.00", List.of(Investor.external(" ", null))))).code())
                    .isEqualTo("investor-name-required");
        }

        @Test
        void commitments_of_a_tenth_and_two_tenths_make_a_round_of_exactly_thirty_cents() {
            List<Investor> investors = List.of(Investor.external("A", Money.of("0.1", "CNY")), Investor.external("B", Money.of("0.2", "CNY")));
            spec.given(APPLIED).when(round("Seed", "0.30", investors))
                    .then(new FundingRoundClosed(ID, "Seed", Money.of("0.30", "CNY"), investors, LATER));
        }

        @Test
        void commitments_that_miss_the_amount_by_a_cent_are_refused() {
            List<Investor> investors = List.of(Investor.external("A", Money.of("0.10", "CNY")), Investor.external("B", Money.of("0.20", "CNY")));
            RuleViolation refusal = refused(spec.given(APPLIED).when(round("Seed", "0.31", investors)));
            assertThat(refusal.code()).isEqualTo("commitments-do-not-add-up");
            assertThat(refusal.context()).containsEntry("commitmentsTotal", "0.30");
        }

        @Test
        void commitments_in_another_currency_than_the_round_are_refused() {
            List<Investor> investors = List.of(Investor.external("A", Money.of("0.10", "CNY")), Investor.external("B", Money.of("0.20", "USD")));
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "0.30", investors))).code()).isEqualTo("currency-mismatch");
        }

        @Test
        void every_investors_commitment_or_none() {
            List<Investor> some = List.of(Investor.external("A", Money.of("0.30", "CNY")), Investor.external("B", null));
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "0.30", some))).code()).isEqualTo("commitments-incomplete");
        }

        @Test
        void a_commitment_is_more_than_zero() {
            List<Investor> investors = List.of(Investor.external("A", Money.of("0.30", "CNY")), Investor.external("B", Money.of("0.00", "CNY")));
            assertThat(refused(spec.given(APPLIED).when(round("Seed", "0.30", investors))).code()).isEqualTo("amount-not-positive");
        }

        @Test
        void a_round_does_not_close_before_the_application() {
            assertThat(refused(spec.given(APPLIED).when(new CloseFundingRound("Seed", Money.of("1.00", "CNY"), oneInvestor,
                    APPLIED_ON.minusDays(1)))).code()).isEqualTo("date-before-application");
        }

        @Test
        void capital_raised_adds_up_exactly_per_currency() {
            Venture venture = spec.given(APPLIED,
                    new FundingRoundClosed(ID, "Pre-seed", Money.of("0.10", "CNY"), oneInvestor, LATER),
                    new FundingRoundClosed(ID, "Seed", Money.of("0.20", "CNY"), oneInvestor, LATER),
                    new FundingRoundClosed(ID, "Bridge", Money.of("1000000.05", "USD"), oneInvestor, LATER),
                    new FundingRoundClosed(ID, "Series A", Money.of("499999999.70", "CNY"), oneInvestor, LATER)).state();
            assertThat(venture.capitalRaised().asList()).containsExactly(Money.of("500000000.00", "CNY"), Money.of("1000000.05", "USD"));
            assertThat(venture.rounds()).extracting(FundingRound::roundName).containsExactly("Pre-seed", "Seed", "Bridge", "Series A");
        }
    }

    @Test
    void commands_to_an_unknown_venture_are_refused_as_not_found() {
        assertThat(refused(spec.given().when(new RecordMilestone("x", LATER))).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void an_applied_venture_is_at_the_first_stage() {
        VentureApplied applied = APPLIED;
        Venture venture = spec.given(applied).state();
        assertThat(venture.stage()).isEqualTo(VentureStage.APPLIED);
        assertThat(venture.stageSince()).isEqualTo(APPLIED_ON);
        assertThat(venture.capitalRaised().asList()).isEmpty();
    }
}
