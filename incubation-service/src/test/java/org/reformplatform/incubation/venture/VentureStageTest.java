package org.reformplatform.incubation.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.incubation.venture.VentureFixtures.ID;
import static org.reformplatform.incubation.venture.VentureFixtures.at;
import static org.reformplatform.incubation.venture.VentureFixtures.dayOf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.venture.VentureCommand.ChangeStage;
import org.reformplatform.incubation.venture.VentureCommand.CloseVenture;
import org.reformplatform.incubation.venture.VentureEvent.VentureClosed;
import org.reformplatform.incubation.venture.VentureEvent.VentureStageChanged;
import org.reformplatform.testing.DeciderSpec;

/** Every stage change a venture may make, and every one it may not. */
class VentureStageTest {

    final DeciderSpec<Venture, VentureCommand, VentureEvent> spec = VentureFixtures.spec();

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
    class MovingOn {

        @ParameterizedTest(name = "{0} → {1}")
        @MethodSource("org.reformplatform.incubation.venture.VentureStageTest#allowedMoves")
        void a_venture_moves_on_one_stage_at_a_time(VentureStage from, VentureStage to) {
            spec.given(at(from)).when(new ChangeStage(to, dayOf(to))).then(new VentureStageChanged(ID, from, to, dayOf(to)));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @MethodSource("org.reformplatform.incubation.venture.VentureStageTest#refusedMoves")
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
}
