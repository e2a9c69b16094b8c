package org.reformplatform.evaluation.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.evaluation.scheme.Tracks.engineering;
import static org.reformplatform.evaluation.scheme.Tracks.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.scheme.SchemeCommand.DefineScheme;
import org.reformplatform.evaluation.scheme.SchemeCommand.ReviseScheme;
import org.reformplatform.evaluation.scheme.SchemeEvent.SchemeDefined;
import org.reformplatform.evaluation.scheme.SchemeEvent.SchemeRevised;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** What a scheme may define (评什么, 谁来评, 怎么用), and how it is versioned. */
class SchemeTest {

    static final SchemeId ID = SchemeId.random();
    static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
    static final SchemeDefined DEFINED = new SchemeDefined(ID, "centre", "Classified", null, 1, List.of(engineering()), AT);

    final DeciderSpec<Scheme, SchemeCommand, SchemeEvent> spec = DeciderSpec.of(
            Scheme.TYPE.decider()::initialState, Scheme.TYPE.decider()::decide, Scheme.TYPE.decider()::evolve)
            .covering(SchemeCommand.class, SchemeEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(SchemeCommand.class);
    }

    static DefineScheme define(Track... tracks) {
        return new DefineScheme(ID, "centre", "Classified", null, List.of(tracks), AT);
    }

    static String refusal(DeciderSpec<Scheme, SchemeCommand, SchemeEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Weights {

        @Test
        void a_scheme_whose_track_weights_add_up_to_one_is_defined_at_version_one() {
            spec.given().when(define(engineering())).then(DEFINED);
        }

        @Test
        void weights_short_of_one_are_refused_naming_the_track_and_total() {
            RuleViolation refusal = spec.given().when(define(engineering(score("a", "0.5"), score("b", "0.49")))).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("weights-not-one");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            assertThat(refusal.context()).containsEntry("track", "engineering").containsEntry("weightTotal", "0.99");
        }

        @Test
        void weights_over_one_are_refused() {
            assertThat(refusal(spec.given().when(define(engineering(score("a", "0.5"), score("b", "0.51")))))).isEqualTo("weights-not-one");
        }

        @Test
        void exactly_one_in_any_scale_is_accepted() {
            assertThat(spec.given().when(define(engineering(score("a", "0.333"), score("b", "0.667")))).events()).hasSize(1);
            assertThat(spec.given().when(define(engineering(score("a", "1.000")))).events()).hasSize(1);
        }

        @Test
        void each_track_is_checked_on_its_own() {
            Track other = new Track("support", "Support", null, null, List.of(score("a", "0.7")), engineering().evaluators(),
                    engineering().uses(), new BigDecimal("60"), null, null);
            RuleViolation refusal = spec.given().when(define(engineering(), other)).thenRefused(RuleViolation.class);
            assertThat(refusal.context()).containsEntry("track", "support");
        }

        @Test
        void a_weight_must_be_positive() {
            assertThat(refusal(spec.given().when(define(engineering(score("a", "0"), score("b", "1")))))).isEqualTo("weight-not-positive");
        }
    }

    @Nested
    class Rules {

        @Test
        void a_scheme_has_tracks_with_unique_codes() {
            assertThat(refusal(spec.given().when(define()))).isEqualTo("no-tracks");
            assertThat(refusal(spec.given().when(define(engineering(), engineering())))).isEqualTo("duplicate-track");
        }

        @Test
        void indicator_codes_are_unique_in_a_track() {
            assertThat(refusal(spec.given().when(define(engineering(score("a", "0.5"), score("a", "0.5")))))).isEqualTo("duplicate-indicator");
        }

        @Test
        void points_are_capped_by_a_whole_number() {
            Indicator fractionalCap = new Indicator("p", "p", BigDecimal.ONE, IndicatorKind.POINTS, new BigDecimal("40.5"));
            assertThat(refusal(spec.given().when(define(engineering(fractionalCap))))).isEqualTo("points-cap-not-whole");
        }

        @Test
        void a_track_names_its_evaluators_and_uses() {
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), List.of(), List.of(OutcomeUse.PROMOTION), "60", null, null)))))
                    .isEqualTo("no-evaluators");
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), engineering().evaluators(), List.of(), "60", null, null)))))
                    .isEqualTo("no-uses");
            List<EvaluatorRequirement> twice = List.of(new EvaluatorRequirement(EvaluatorKind.PEER, 1), new EvaluatorRequirement(EvaluatorKind.PEER, 2));
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), twice, engineering().uses(), "60", null, null)))))
                    .isEqualTo("duplicate-evaluator-kind");
            List<EvaluatorRequirement> none = List.of(new EvaluatorRequirement(EvaluatorKind.PEER, 0));
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), none, engineering().uses(), "60", null, null)))))
                    .isEqualTo("evaluator-count-not-positive");
        }

        @Test
        void marks_lie_between_0_and_100_and_excellence_above_passing() {
            List<EvaluatorRequirement> e = engineering().evaluators();
            List<OutcomeUse> u = engineering().uses();
            assertThat(spec.given().when(define(Tracks.with(engineering(), e, u, "100", null, null))).events()).hasSize(1);
            assertThat(spec.given().when(define(Tracks.with(engineering(), e, u, "0", "100", null))).events()).hasSize(1);
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), e, u, "100.01", null, null))))).isEqualTo("pass-mark-out-of-range");
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), e, u, "70", "70", null))))).isEqualTo("excellent-mark-not-above-pass-mark");
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), e, u, "70", "100.5", null))))).isEqualTo("excellent-mark-not-above-pass-mark");
        }

        @Test
        void a_track_weighs_each_kind_of_evidence_once_with_points_up_to_a_cap() {
            Track weighing = engineeringWeighing(new EvidenceWeight(EvidenceKind.TITLE_EQUIVALENCE, new BigDecimal("4"), new BigDecimal("8")));
            assertThat(spec.given().when(define(weighing)).events()).hasSize(1);
            assertThat(refusal(spec.given().when(define(engineeringWeighing(
                    new EvidenceWeight(EvidenceKind.TITLE_EQUIVALENCE, new BigDecimal("4"), new BigDecimal("8")),
                    new EvidenceWeight(EvidenceKind.TITLE_EQUIVALENCE, new BigDecimal("2"), new BigDecimal("8"))))))).isEqualTo("duplicate-evidence-kind");
            assertThat(refusal(spec.given().when(define(engineeringWeighing(
                    new EvidenceWeight(EvidenceKind.LEAVE_TO_FOUND, new BigDecimal("5"), new BigDecimal("3"))))))).isEqualTo("evidence-weight-invalid");
            assertThat(refusal(spec.given().when(define(engineeringWeighing(
                    new EvidenceWeight(EvidenceKind.LEAVE_TO_FOUND, BigDecimal.ZERO, new BigDecimal("3"))))))).isEqualTo("evidence-weight-invalid");
        }

        @Test
        void evidence_weights_are_part_of_the_scheme_version() {
            Track weighing = engineeringWeighing(new EvidenceWeight(EvidenceKind.LEAVE_TO_FOUND, new BigDecimal("5"), new BigDecimal("10")));
            List<SchemeEvent> revision = spec.given(DEFINED).when(new ReviseScheme(List.of(weighing), "leave-to-found counts", AT)).events();
            assertThat(revision).hasSize(1);
            Scheme revised = spec.given(DEFINED, revision.get(0)).state();
            assertThat(revised.current().number()).isEqualTo(2);
            assertThat(revised.current().tracks().get(0).evidenceWeights()).containsExactly(weighing.evidenceWeights().get(0));
        }

        static Track engineeringWeighing(EvidenceWeight... weights) {
            Track t = engineering();
            return new Track(t.code(), t.name(), t.layer(), t.description(), t.indicators(), t.evaluators(), t.uses(), t.passMark(),
                    t.excellentMark(), t.posts(), List.of(weights));
        }

        @Test
        void a_post_plan_means_competitive_appointment() {
            List<EvaluatorRequirement> e = engineering().evaluators();
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), e, List.of(OutcomeUse.PROMOTION), "60", null, 5)))))
                    .isEqualTo("posts-without-appointment");
            assertThat(refusal(spec.given().when(define(Tracks.with(engineering(), e, List.of(OutcomeUse.APPOINTMENT), "60", null, 0)))))
                    .isEqualTo("posts-not-positive");
            assertThat(spec.given().when(define(Tracks.with(engineering(), e, List.of(OutcomeUse.APPOINTMENT), "60", null, 1))).events()).hasSize(1);
        }

        @Test
        void a_scheme_is_defined_once() {
            assertThat(refusal(spec.given(DEFINED).when(define(engineering())))).isEqualTo("scheme-exists");
        }
    }

    @Nested
    class Versions {

        final Track revised = engineering(score("delivery", "0.5"), score("quality", "0.5"));

        @Test
        void a_revision_is_the_next_version_and_every_version_stays_readable() {
            spec.given(DEFINED).when(new ReviseScheme(List.of(revised), "equal weights", AT.plusSeconds(60)))
                    .then(new SchemeRevised(ID, "centre", 2, List.of(revised), "equal weights", AT.plusSeconds(60)));
            Scheme after = spec.given(DEFINED, new SchemeRevised(ID, "centre", 2, List.of(revised), "equal weights", AT)).state();
            assertThat(after.current().number()).isEqualTo(2);
            assertThat(after.version(1).orElseThrow().tracks()).containsExactly(engineering());
            assertThat(after.version(2).orElseThrow().tracks()).containsExactly(revised);
            assertThat(after.version(3)).isEmpty();
            assertThat(after.version(0)).isEmpty();
        }

        @Test
        void a_revision_keeps_the_rules() {
            assertThat(refusal(spec.given(DEFINED).when(new ReviseScheme(List.of(engineering(score("a", "0.9"))), null, AT)))).isEqualTo("weights-not-one");
        }

        @Test
        void the_same_tracks_again_make_no_version() {
            spec.given(DEFINED).when(new ReviseScheme(List.of(engineering()), null, AT)).then();
        }

        @Test
        void an_unknown_scheme_cannot_be_revised() {
            assertThat(spec.given().when(new ReviseScheme(List.of(revised), null, AT)).thenRefused(RuleViolation.class).kind())
                    .isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }
}
