package org.reformplatform.evaluation.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformplatform.evaluation.scheme.EvaluatorKind.CLINICAL_EXPERT;
import static org.reformplatform.evaluation.scheme.EvaluatorKind.COMMITTEE;
import static org.reformplatform.evaluation.scheme.EvaluatorKind.INDUSTRY_EXPERT;
import static org.reformplatform.evaluation.scheme.EvaluatorKind.PEER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.cycle.CycleCommand.AssignAppealReviewer;
import org.reformplatform.evaluation.cycle.CycleCommand.AssignEvaluator;
import org.reformplatform.evaluation.cycle.CycleCommand.FileAppeal;
import org.reformplatform.evaluation.cycle.CycleCommand.ScoreAppeal;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealDecided;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealFiled;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealReviewerAssigned;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealScoresRecorded;
import org.reformplatform.evaluation.cycle.CycleCommand.CloseDossiers;
import org.reformplatform.evaluation.cycle.CycleCommand.FlagScoringOverdue;
import org.reformplatform.evaluation.cycle.CycleCommand.ConcludeCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.DeclareConflict;
import org.reformplatform.evaluation.cycle.CycleCommand.OpenCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.RecordScores;
import org.reformplatform.evaluation.cycle.CycleCommand.SubmitDossier;
import org.reformplatform.evaluation.cycle.CycleEvent.AssignmentWithdrawn;
import org.reformplatform.evaluation.cycle.CycleEvent.ConflictDeclared;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleConcluded;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleOpened;
import org.reformplatform.evaluation.cycle.CycleEvent.DossierSubmitted;
import org.reformplatform.evaluation.cycle.CycleEvent.DossiersClosed;
import org.reformplatform.evaluation.cycle.CycleEvent.ScoringOverdue;
import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorAssigned;
import org.reformplatform.evaluation.cycle.CycleEvent.OutcomeDetermined;
import org.reformplatform.evaluation.cycle.CycleEvent.ScoresRecorded;
import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.researcher.MobilityRecord;
import org.reformplatform.evaluation.researcher.Researcher;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.researcher.TitleEquivalence;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.EvidenceKind;
import org.reformplatform.evaluation.scheme.EvidenceWeight;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.Scheme;
import org.reformplatform.evaluation.scheme.SchemeCommand.ReviseScheme;
import org.reformplatform.evaluation.scheme.SchemeEvent;
import org.reformplatform.evaluation.scheme.SchemeEvent.SchemeDefined;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.evaluation.scheme.Tracks;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorRelationsChecked;
import org.reformplatform.evaluation.evaluator.EvaluatorId;
import org.reformplatform.evaluation.evaluator.RegisteredEvaluator;
import org.reformplatform.testing.DeciderSpec;

/** How a cycle evaluates (怎么评): dossiers, evaluators, conflicts of interest, scores, outcomes. */
class CycleTest {

    static final CycleId ID = CycleId.random();
    static final SchemeId SCHEME = SchemeId.random();
    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-04-01");
    static final Track ENGINEERING = Tracks.engineering();
    static final Track CLINICAL = Tracks.clinical();
    static final CycleOpened OPENED = new CycleOpened(ID, SCHEME, 1, "centre", "2026", null, List.of(ENGINEERING, CLINICAL), AT, null, null);

    static final ResearcherId ZHANG = new ResearcherId(UUID.randomUUID());
    static final ResearcherId LI = new ResearcherId(UUID.randomUUID());
    static final DossierId D1 = DossierId.random();
    static final DossierId D2 = DossierId.random();
    static final DossierSubmitted SUBMITTED = new DossierSubmitted(ID, D1, ZHANG, "centre", "engineering", OutcomeUse.PROMOTION, List.of("report"), AT);

    final DeciderSpec<Cycle, CycleCommand, CycleEvent> spec = DeciderSpec.of(
            Cycle.TYPE.decider()::initialState, Cycle.TYPE.decider()::decide, Cycle.TYPE.decider()::evolve)
            .covering(CycleCommand.class, CycleEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(CycleCommand.class);
    }

    static RelationCheck noDeclaredConflict(ResearcherId researcher) {
        return RelationCheck.notFound("declared-conflict", "no conflict declared in this cycle with researcher " + researcher.value());
    }

    /** The checks of an evaluator the handler had no relation to check for: the declared conflicts only. */
    static EvaluatorRelationsChecked cleared(DossierId dossier, ResearcherId researcher, String evaluator) {
        return new EvaluatorRelationsChecked(ID, dossier, evaluator, List.of(noDeclaredConflict(researcher)), AT);
    }

    static RegisteredEvaluator registered(String subject, String affiliation) {
        return new RegisteredEvaluator(EvaluatorId.of(subject), subject, subject, INDUSTRY_EXPERT, affiliation, AT);
    }

    static EvaluatorAssigned assigned(DossierId dossier, String evaluator, EvaluatorKind kind) {
        return new EvaluatorAssigned(ID, dossier, evaluator, kind, AT);
    }

    static List<IndicatorScore> sheet(String delivery, String quality) {
        return List.of(new IndicatorScore("delivery", new BigDecimal(delivery)), new IndicatorScore("quality", new BigDecimal(quality)));
    }

    static ScoresRecorded scored(DossierId dossier, String evaluator, List<IndicatorScore> scores) {
        return new ScoresRecorded(ID, dossier, evaluator, scores, AT);
    }

    /** D1 fully evaluated: delivery 8, 9, 7 (mean 80 of 100) and quality 6, 6, 9 (mean 70): total 0.6 × 80 + 0.4 × 70 = 76. */
    static List<CycleEvent> evaluated() {
        return List.of(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT), assigned(D1, "ind-2", INDUSTRY_EXPERT),
                assigned(D1, "com-1", COMMITTEE), scored(D1, "ind-1", sheet("8", "6")), scored(D1, "ind-2", sheet("9", "6")),
                scored(D1, "com-1", sheet("7", "9")));
    }

    DeciderSpec<Cycle, CycleCommand, CycleEvent>.Given given(List<CycleEvent> history, CycleEvent... more) {
        List<CycleEvent> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return spec.given(all.toArray(CycleEvent[]::new));
    }

    static String code(DeciderSpec<Cycle, CycleCommand, CycleEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Opening {

        @Test
        void a_cycle_opens_with_the_tracks_of_its_scheme_version() {
            spec.given().when(new OpenCycle(ID, SCHEME, 1, "centre", "2026", List.of(ENGINEERING, CLINICAL), null, null, TODAY, AT)).then(OPENED);
        }

        @Test
        void a_cycle_under_a_pilot_needs_a_member_institution() {
            PilotId pilot = PilotId.random();
            assertThat(code(spec.given().when(new OpenCycle(ID, SCHEME, 1, "centre", "2026", List.of(ENGINEERING),
                    new PilotMembership(pilot, false), null, TODAY, AT)))).isEqualTo("not-in-pilot");
            spec.given().when(new OpenCycle(ID, SCHEME, 1, "centre", "2026", List.of(ENGINEERING), new PilotMembership(pilot, true), null, TODAY, AT))
                    .then(new CycleOpened(ID, SCHEME, 1, "centre", "2026", pilot, List.of(ENGINEERING), AT, null, null));
        }
    }

    @Nested
    class SchemeVersionInsideAnOpenCycle {

        @Test
        void a_revision_during_the_cycle_does_not_change_it() {
            DeciderSpec<Scheme, org.reformplatform.evaluation.scheme.SchemeCommand, SchemeEvent> schemes = DeciderSpec.of(
                    Scheme.TYPE.decider()::initialState, Scheme.TYPE.decider()::decide, Scheme.TYPE.decider()::evolve);
            SchemeDefined v1 = new SchemeDefined(SCHEME, "centre", "Classified", null, 1, List.of(ENGINEERING), AT);
            Track equalWeights = Tracks.engineering(Tracks.score("delivery", "0.5"), Tracks.score("quality", "0.5"));
            List<SchemeEvent> revision = schemes.given(v1).when(new ReviseScheme(List.of(equalWeights), "equal weights", AT)).events();
            assertThat(revision).hasSize(1);
            Scheme revised = schemes.given(v1, revision.get(0)).state();
            assertThat(revised.current().number()).isEqualTo(2);

            // The cycle opened under version 1 and keeps its tracks: 0.6 × 80 + 0.4 × 70 = 76, not 0.5 × 80 + 0.5 × 70 = 75.
            assertThat(OPENED.schemeVersion()).isEqualTo(1);
            List<CycleEvent> outcome = given(evaluated()).when(new ConcludeCycle(false, AT)).events();
            assertThat(((OutcomeDetermined) outcome.get(0)).total()).isEqualByComparingTo("76.00");

            // A cycle opened after the revision takes version 2.
            CycleOpened later = (CycleOpened) spec.given().when(new OpenCycle(CycleId.random(), SCHEME, revised.current().number(), "centre",
                    "2027", revised.current().tracks(), null, null, TODAY, AT)).events().get(0);
            assertThat(later.schemeVersion()).isEqualTo(2);
            assertThat(later.tracks()).containsExactly(equalWeights);
        }
    }

    @Nested
    class Dossiers {

        @Test
        void a_researcher_submits_a_dossier_under_a_track_for_one_of_its_uses() {
            spec.given(OPENED).when(new SubmitDossier(D1, ZHANG, "engineering", OutcomeUse.PROMOTION, List.of("report"), TODAY, AT)).then(SUBMITTED);
        }

        @Test
        void the_track_must_be_the_schemes_and_the_use_the_tracks() {
            assertThat(code(spec.given(OPENED).when(new SubmitDossier(D1, ZHANG, "nursing", OutcomeUse.PROMOTION, List.of(), TODAY, AT))))
                    .isEqualTo("unknown-track");
            assertThat(code(spec.given(OPENED).when(new SubmitDossier(D1, ZHANG, "engineering", OutcomeUse.REWARD, List.of(), TODAY, AT))))
                    .isEqualTo("use-not-offered");
        }

        @Test
        void one_dossier_per_researcher_and_cycle() {
            RuleViolation refusal = spec.given(OPENED, SUBMITTED).when(new SubmitDossier(D2, ZHANG, "clinical", OutcomeUse.PROMOTION, List.of(), TODAY, AT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("dossier-exists");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_concluded_cycle_takes_no_dossier() {
            assertThat(code(spec.given(OPENED, new CycleConcluded(ID, 0, AT))
                    .when(new SubmitDossier(D1, ZHANG, "engineering", OutcomeUse.PROMOTION, List.of(), TODAY, AT)))).isEqualTo("cycle-concluded");
        }

        @Test
        void an_unknown_cycle_is_not_found() {
            assertThat(spec.given().when(new ConcludeCycle(false, AT)).thenRefused(RuleViolation.class).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class Assignments {

        @Test
        void evaluators_of_the_kinds_the_track_requires_are_assigned() {
            spec.given(OPENED, SUBMITTED).when(new AssignEvaluator(D1, "ind-1", INDUSTRY_EXPERT, AT))
                    .then(assigned(D1, "ind-1", INDUSTRY_EXPERT), cleared(D1, ZHANG, "ind-1"));
        }

        @Test
        void an_evaluator_not_in_the_register_is_refused() {
            // The handler found no entry in the register of evaluators: there is no kind to assign them as.
            RuleViolation refusal = spec.given(OPENED, SUBMITTED).when(new AssignEvaluator(D1, "stranger", null, AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("evaluator-not-registered");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_kind_the_track_does_not_require_is_refused() {
            assertThat(code(spec.given(OPENED, SUBMITTED).when(new AssignEvaluator(D1, "peer-1", PEER, AT)))).isEqualTo("evaluator-kind-not-required");
            assertThat(code(spec.given(OPENED, SUBMITTED).when(new AssignEvaluator(D1, "doc-1", CLINICAL_EXPERT, AT))))
                    .isEqualTo("evaluator-kind-not-required");
        }

        @Test
        void no_more_of_a_kind_than_the_track_requires() {
            spec.given(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT)).when(new AssignEvaluator(D1, "ind-2", INDUSTRY_EXPERT, AT))
                    .then(assigned(D1, "ind-2", INDUSTRY_EXPERT), cleared(D1, ZHANG, "ind-2"));
            assertThat(code(spec.given(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT), assigned(D1, "ind-2", INDUSTRY_EXPERT))
                    .when(new AssignEvaluator(D1, "ind-3", INDUSTRY_EXPERT, AT)))).isEqualTo("evaluator-kind-full");
        }

        @Test
        void assigning_the_same_evaluator_again_changes_nothing_but_not_as_another_kind() {
            spec.given(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT)).when(new AssignEvaluator(D1, "ind-1", INDUSTRY_EXPERT, AT)).then();
            assertThat(code(spec.given(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT))
                    .when(new AssignEvaluator(D1, "ind-1", COMMITTEE, AT)))).isEqualTo("already-assigned");
        }

        @Test
        void an_unknown_dossier_is_not_found() {
            assertThat(spec.given(OPENED).when(new AssignEvaluator(D1, "ind-1", INDUSTRY_EXPERT, AT)).thenRefused(RuleViolation.class).kind())
                    .isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class ConflictsOfInterest {

        final ConflictDeclared conflict = new ConflictDeclared(ID, "ind-1", ZHANG, "co-author", AT);

        @Test
        void a_conflicted_evaluator_cannot_be_assigned() {
            RuleViolation refusal = spec.given(OPENED, SUBMITTED, conflict).when(new AssignEvaluator(D1, "ind-1", INDUSTRY_EXPERT, AT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("conflict-of-interest");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            assertThat(refusal.context()).containsEntry("relation", "declared-conflict").containsEntry("evaluator", "ind-1");
        }

        @Test
        void an_evaluator_of_the_cycles_institution_is_refused_naming_the_relation_and_nothing_is_assigned() {
            ConflictCheck sameInstitution = EvaluatorRelations.check("ind-1", "centre", Optional.of(registered("ind-1", " Centre ")));
            RuleViolation refusal = spec.given(OPENED, SUBMITTED).when(new AssignEvaluator(D1, "ind-1", INDUSTRY_EXPERT, AT, sameInstitution))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("conflict-of-interest");
            assertThat(refusal.context()).containsEntry("relation", "same-institution").containsEntry("evaluator", "ind-1");
            assertThat(refusal.detail()).contains("Centre").contains("centre");
        }

        @Test
        void an_evaluator_of_another_institution_or_of_no_known_affiliation_is_assigned_with_every_check_recorded() {
            ConflictCheck other = EvaluatorRelations.check("ind-1", "centre", Optional.of(registered("ind-1", "Hospital")));
            spec.given(OPENED, SUBMITTED).when(new AssignEvaluator(D1, "ind-1", INDUSTRY_EXPERT, AT, other)).then(assigned(D1, "ind-1", INDUSTRY_EXPERT),
                    new EvaluatorRelationsChecked(ID, D1, "ind-1", List.of(
                            RelationCheck.notFound("same-institution", "evaluator's affiliation Hospital, the cycle's institution centre"),
                            noDeclaredConflict(ZHANG)), AT));
            ConflictCheck unknown = EvaluatorRelations.check("ind-2", "centre", Optional.empty());
            assertThat(unknown.checks()).extracting(RelationCheck::outcome).containsExactly(RelationCheck.Outcome.NOT_ESTABLISHED);
            spec.given(OPENED, SUBMITTED).when(new AssignEvaluator(D1, "ind-2", INDUSTRY_EXPERT, AT, unknown)).then(assigned(D1, "ind-2", INDUSTRY_EXPERT),
                    new EvaluatorRelationsChecked(ID, D1, "ind-2", List.of(unknown.checks().get(0), noDeclaredConflict(ZHANG)), AT));
        }

        @Test
        void a_declared_conflict_and_the_same_institution_name_the_one_found_first() {
            ConflictCheck sameInstitution = EvaluatorRelations.check("ind-1", "centre", Optional.of(registered("ind-1", "centre")));
            RuleViolation refusal = spec.given(OPENED, SUBMITTED, conflict).when(new AssignEvaluator(D1, "ind-1", INDUSTRY_EXPERT, AT, sameInstitution))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.context()).containsEntry("relation", "same-institution");
            assertThat((List<Object>) refusal.context().get("checks")).hasSize(2);
        }

        @Test
        void the_conflict_is_with_the_researcher_only() {
            DossierSubmitted other = new DossierSubmitted(ID, D2, LI, "centre", "engineering", OutcomeUse.PROMOTION, List.of(), AT);
            spec.given(OPENED, SUBMITTED, other, conflict).when(new AssignEvaluator(D2, "ind-1", INDUSTRY_EXPERT, AT))
                    .then(assigned(D2, "ind-1", INDUSTRY_EXPERT), cleared(D2, LI, "ind-1"));
        }

        @Test
        void a_conflict_declared_after_assignment_withdraws_it() {
            spec.given(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT)).when(new DeclareConflict("ind-1", ZHANG, "co-author", AT))
                    .then(conflict, new AssignmentWithdrawn(ID, D1, "ind-1", "conflict-of-interest", false, AT));
        }

        @Test
        void a_conflict_declared_after_scoring_discards_the_scores() {
            List<CycleEvent> events = given(evaluated()).when(new DeclareConflict("ind-1", ZHANG, "co-author", AT)).events();
            assertThat(events).containsExactly(conflict, new AssignmentWithdrawn(ID, D1, "ind-1", "conflict-of-interest", true, AT));
            Cycle after = given(evaluated(), events.toArray(CycleEvent[]::new)).state();
            Dossier dossier = after.dossier(D1).orElseThrow();
            assertThat(dossier.sheets()).doesNotContainKey("ind-1");
            assertThat(dossier.complete(ENGINEERING)).isFalse();
        }

        @Test
        void a_conflicted_evaluator_cannot_score() {
            RuleViolation refusal = spec.given(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT), conflict,
                    new AssignmentWithdrawn(ID, D1, "ind-1", "conflict-of-interest", false, AT))
                    .when(new RecordScores(D1, "ind-1", sheet("8", "8"), AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("evaluator-conflicted");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        }

        @Test
        void declaring_the_same_conflict_again_changes_nothing() {
            spec.given(OPENED, SUBMITTED, conflict).when(new DeclareConflict("ind-1", ZHANG, "again", AT)).then();
        }
    }

    @Nested
    class Scoring {

        final List<CycleEvent> assignedAll = List.of(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT));

        @Test
        void only_assigned_evaluators_score() {
            RuleViolation refusal = given(assignedAll).when(new RecordScores(D1, "stranger", sheet("8", "8"), AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("evaluator-not-assigned");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        }

        @Test
        void each_evaluator_scores_a_dossier_once() {
            given(assignedAll).when(new RecordScores(D1, "ind-1", sheet("8", "6"), AT)).then(scored(D1, "ind-1", sheet("8", "6")));
            assertThat(code(given(assignedAll, scored(D1, "ind-1", sheet("8", "6"))).when(new RecordScores(D1, "ind-1", sheet("9", "9"), AT))))
                    .isEqualTo("already-scored");
        }

        @Test
        void scores_lie_between_0_and_the_maximum_inclusive() {
            assertThat(given(assignedAll).when(new RecordScores(D1, "ind-1", sheet("0", "10"), AT)).events()).hasSize(1);
            RuleViolation above = given(assignedAll).when(new RecordScores(D1, "ind-1", sheet("10.01", "5"), AT)).thenRefused(RuleViolation.class);
            assertThat(above.code()).isEqualTo("score-out-of-range");
            assertThat(above.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            assertThat(above.context()).containsEntry("indicator", "delivery").containsEntry("max", "10");
            assertThat(code(given(assignedAll).when(new RecordScores(D1, "ind-1", sheet("5", "-0.01"), AT)))).isEqualTo("score-out-of-range");
        }

        @Test
        void a_sheet_scores_every_indicator_once_and_no_other() {
            assertThat(code(given(assignedAll).when(new RecordScores(D1, "ind-1", List.of(new IndicatorScore("delivery", BigDecimal.ONE)), AT))))
                    .isEqualTo("scores-incomplete");
            List<IndicatorScore> extra = new ArrayList<>(sheet("1", "1"));
            extra.add(new IndicatorScore("charisma", BigDecimal.ONE));
            assertThat(code(given(assignedAll).when(new RecordScores(D1, "ind-1", extra, AT)))).isEqualTo("unknown-indicator");
            List<IndicatorScore> twice = List.of(new IndicatorScore("delivery", BigDecimal.ONE), new IndicatorScore("delivery", BigDecimal.ONE));
            assertThat(code(given(assignedAll).when(new RecordScores(D1, "ind-1", twice, AT)))).isEqualTo("duplicate-indicator");
        }

        @Test
        void clinical_research_points_are_whole_and_capped() {
            DossierSubmitted clinical = new DossierSubmitted(ID, D2, LI, "centre", "clinical", OutcomeUse.PROMOTION, List.of(), AT);
            List<CycleEvent> history = List.of(OPENED, clinical, assigned(D2, "doc-1", CLINICAL_EXPERT));
            assertThat(given(history).when(new RecordScores(D2, "doc-1", clinicalSheet("8", "40"), AT)).events()).hasSize(1);
            assertThat(code(given(history).when(new RecordScores(D2, "doc-1", clinicalSheet("8", "41"), AT)))).isEqualTo("score-out-of-range");
            assertThat(code(given(history).when(new RecordScores(D2, "doc-1", clinicalSheet("8", "12.5"), AT)))).isEqualTo("points-not-whole");
            assertThat(given(history).when(new RecordScores(D2, "doc-1", clinicalSheet("8.5", "12.0"), AT)).events()).hasSize(1);
        }
    }

    static List<IndicatorScore> clinicalSheet(String work, String points) {
        return List.of(new IndicatorScore("clinical-work", new BigDecimal(work)), new IndicatorScore("research-points", new BigDecimal(points)));
    }

    @Nested
    class Conclusion {

        @Test
        void the_weighted_total_is_the_weighted_mean_of_the_evaluators_normalised_scores() {
            given(evaluated()).when(new ConcludeCycle(false, AT)).then(
                    new OutcomeDetermined(ID, D1, ZHANG, "centre", "engineering", OutcomeUse.PROMOTION, new BigDecimal("76.00"), OutcomeResult.PASSED,
                            true, null, AT),
                    new CycleConcluded(ID, 1, AT));
        }

        @Test
        void points_weigh_on_the_same_0_to_100_scale_as_marks() {
            DossierSubmitted clinical = new DossierSubmitted(ID, D2, LI, "centre", "clinical", OutcomeUse.PROMOTION, List.of(), AT);
            // 0.7 × (8 of 10 = 80) + 0.3 × (20 of 40 points = 50) = 71
            List<CycleEvent> events = spec.given(OPENED, clinical, assigned(D2, "doc-1", CLINICAL_EXPERT),
                    scored(D2, "doc-1", clinicalSheet("8", "20"))).when(new ConcludeCycle(false, AT)).events();
            assertThat(((OutcomeDetermined) events.get(0)).total()).isEqualByComparingTo("71.00");
        }

        @Test
        void a_cycle_concludes_only_when_every_dossier_has_its_evaluators_and_their_scores() {
            List<CycleEvent> lastScoreMissing = new ArrayList<>(evaluated().subList(0, evaluated().size() - 1));
            RuleViolation refusal = given(lastScoreMissing).when(new ConcludeCycle(false, AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("evaluation-incomplete");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            List<CycleEvent> evaluatorMissing = List.of(OPENED, SUBMITTED, assigned(D1, "ind-1", INDUSTRY_EXPERT), assigned(D1, "com-1", COMMITTEE),
                    scored(D1, "ind-1", sheet("8", "6")), scored(D1, "com-1", sheet("7", "9")));
            assertThat(code(given(evaluatorMissing).when(new ConcludeCycle(false, AT)))).isEqualTo("evaluation-incomplete");
        }

        @Test
        void a_cycle_without_dossiers_concludes_and_a_concluded_one_not_again() {
            spec.given(OPENED).when(new ConcludeCycle(false, AT)).then(new CycleConcluded(ID, 0, AT));
            assertThat(code(spec.given(OPENED, new CycleConcluded(ID, 0, AT)).when(new ConcludeCycle(false, AT)))).isEqualTo("cycle-concluded");
        }

        @Test
        void the_marks_are_inclusive_boundaries() {
            Track track = Tracks.engineering();
            assertThat(WeightedScoring.grade(track, new BigDecimal("59.99"))).isEqualTo(OutcomeResult.NOT_PASSED);
            assertThat(WeightedScoring.grade(track, new BigDecimal("60.00"))).isEqualTo(OutcomeResult.PASSED);
            assertThat(WeightedScoring.grade(track, new BigDecimal("84.99"))).isEqualTo(OutcomeResult.PASSED);
            assertThat(WeightedScoring.grade(track, new BigDecimal("85.00"))).isEqualTo(OutcomeResult.EXCELLENT);
            assertThat(OutcomeResult.EXCELLENT.grantsUse()).isTrue();
            assertThat(OutcomeResult.NOT_SELECTED.grantsUse()).isFalse();
        }

        @Test
        void totals_round_half_up_to_two_decimals() {
            // Three evaluators give 7, 7, 8 of 10: mean 73.333333 → total 73.33 with a single indicator weighing 1
            Track single = Tracks.competitive(10);
            Cycle cycle = spec.given(new CycleOpened(ID, SCHEME, 1, "centre", "x", null, List.of(single), AT, null, null)).state();
            Dossier dossier = new Dossier(D1, 1, ZHANG, "applied", OutcomeUse.APPOINTMENT, List.of(), AT, java.util.Map.of(),
                    java.util.Map.of("a", score("7"), "b", score("7"), "c", score("8")), null);
            assertThat(WeightedScoring.total(single, dossier)).isEqualByComparingTo("73.33").hasScaleOf(2);
            Dossier twoThirds = new Dossier(D1, 1, ZHANG, "applied", OutcomeUse.APPOINTMENT, List.of(), AT, java.util.Map.of(),
                    java.util.Map.of("a", score("7"), "b", score("8"), "c", score("8")), null);
            assertThat(WeightedScoring.total(single, twoThirds)).isEqualByComparingTo("76.67");
            assertThat(cycle.tracks()).containsExactly(single);
        }

        List<IndicatorScore> score(String value) {
            return List.of(new IndicatorScore("impact", new BigDecimal(value)));
        }
    }

    /** Evidence from other services on the researcher's record counts when the track weighs it (业绩导向). */
    @Nested
    class EvidenceThatCounts {

        /** Title equivalences 4 points each up to 8; leave-to-found 5 each up to 5; other kinds not weighed. */
        final Track weighing = new Track(ENGINEERING.code(), ENGINEERING.name(), null, null, ENGINEERING.indicators(), ENGINEERING.evaluators(),
                ENGINEERING.uses(), ENGINEERING.passMark(), ENGINEERING.excellentMark(), null, List.of(
                        new EvidenceWeight(EvidenceKind.TITLE_EQUIVALENCE, new BigDecimal("4"), new BigDecimal("8")),
                        new EvidenceWeight(EvidenceKind.LEAVE_TO_FOUND, new BigDecimal("5"), new BigDecimal("5"))));

        List<CycleEvent> evaluatedUnder(Track track) {
            List<CycleEvent> history = new ArrayList<>(evaluated());
            history.set(0, new CycleOpened(ID, SCHEME, 2, "centre", "2026", null, List.of(track), AT, null, null));
            return history;
        }

        static TitleEquivalence equivalence(String level) {
            return new TitleEquivalence(UUID.randomUUID(), UUID.randomUUID(), "Chartered Engineer", "GB", "ENGINEERING", level, "2026",
                    LocalDate.parse("2026-02-01"));
        }

        static MobilityRecord mobility(String form, String outcome, boolean positive) {
            return new MobilityRecord(UUID.randomUUID(), form, "centre", "Orbit Ltd", LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31"),
                    outcome, positive, List.of("prototype"));
        }

        @Test
        void evidence_arriving_on_the_record_changes_the_score_and_each_piece_shows_what_it_added() {
            Researcher.Evidence before = Researcher.Evidence.NONE;
            Researcher.Evidence after = new Researcher.Evidence(List.of(equivalence("SENIOR"), equivalence("ASSOCIATE_SENIOR"), equivalence("SENIOR")),
                    List.of(mobility("LEAVE_TO_FOUND", "EXCEEDED", true), mobility("LEAVE_TO_FOUND", "MET", true),
                            mobility("SECONDMENT", "MET", true), mobility("PART_TIME_INNOVATION", "NOT_MET", false)));

            OutcomeDetermined without = (OutcomeDetermined) given(evaluatedUnder(weighing))
                    .when(new ConcludeCycle(false, Map.of(ZHANG, DossierEvidence.of(before)), AT)).events().get(0);
            assertThat(without.total()).isEqualByComparingTo("76.00");
            assertThat(without.result()).isEqualTo(OutcomeResult.PASSED);
            assertThat(without.evidence()).isEmpty();

            OutcomeDetermined with = (OutcomeDetermined) given(evaluatedUnder(weighing))
                    .when(new ConcludeCycle(false, Map.of(ZHANG, DossierEvidence.of(after)), AT)).events().get(0);
            // 76 from the indicators + 4 + 4 (title equivalences, capped at 8: the third adds 0) + 5 (leave-to-found, capped at 5) = 89: excellent.
            assertThat(with.indicatorTotal()).isEqualByComparingTo("76.00");
            assertThat(with.total()).isEqualByComparingTo("89.00");
            assertThat(with.result()).isEqualTo(OutcomeResult.EXCELLENT);
            assertThat(with.evidence()).extracting(EvidenceContribution::kind, c -> c.points().toPlainString()).containsExactly(
                    tuple(EvidenceKind.TITLE_EQUIVALENCE, "4.00"), tuple(EvidenceKind.TITLE_EQUIVALENCE, "4.00"),
                    tuple(EvidenceKind.TITLE_EQUIVALENCE, "0.00"), tuple(EvidenceKind.LEAVE_TO_FOUND, "5.00"),
                    tuple(EvidenceKind.LEAVE_TO_FOUND, "0.00"), tuple(EvidenceKind.MOBILITY_RESULTS, "0.00"));

            // Replayed, the outcome keeps what was used.
            Cycle concluded = given(evaluatedUnder(weighing), with).state();
            assertThat(concluded.dossier(D1).orElseThrow().outcome().evidence()).isEqualTo(with.evidence());
            assertThat(concluded.dossier(D1).orElseThrow().outcome().indicatorTotal()).isEqualByComparingTo("76.00");
        }

        @Test
        void a_review_that_is_not_favourable_is_no_evidence_and_forms_are_typed() {
            List<DossierEvidence> typed = DossierEvidence.of(new Researcher.Evidence(List.of(), List.of(mobility("PART_TIME_INNOVATION", "MET", true),
                    mobility("ENTERPRISE_TALENT", "EXCEEDED", true), mobility("LEAVE_TO_FOUND", "NOT_MET", false))));
            assertThat(typed).extracting(DossierEvidence::kind).containsExactly(EvidenceKind.PART_TIME_INNOVATION, EvidenceKind.MOBILITY_RESULTS);
        }

        @Test
        void a_track_that_weighs_no_evidence_keeps_its_total_and_lists_none() {
            Researcher.Evidence record = new Researcher.Evidence(List.of(equivalence("SENIOR")), List.of(mobility("LEAVE_TO_FOUND", "MET", true)));
            given(evaluated()).when(new ConcludeCycle(false, Map.of(ZHANG, DossierEvidence.of(record)), AT)).then(
                    new OutcomeDetermined(ID, D1, ZHANG, "centre", "engineering", OutcomeUse.PROMOTION, new BigDecimal("76.00"), OutcomeResult.PASSED,
                            true, null, AT),
                    new CycleConcluded(ID, 1, AT));
        }

        @Test
        void the_total_with_evidence_stays_at_most_100() {
            Track generous = new Track(ENGINEERING.code(), ENGINEERING.name(), null, null, ENGINEERING.indicators(), ENGINEERING.evaluators(),
                    ENGINEERING.uses(), ENGINEERING.passMark(), ENGINEERING.excellentMark(), null,
                    List.of(new EvidenceWeight(EvidenceKind.TITLE_EQUIVALENCE, new BigDecimal("30"), new BigDecimal("60"))));
            Researcher.Evidence record = new Researcher.Evidence(List.of(equivalence("SENIOR"), equivalence("SENIOR")), List.of());
            OutcomeDetermined outcome = (OutcomeDetermined) given(evaluatedUnder(generous))
                    .when(new ConcludeCycle(false, Map.of(ZHANG, DossierEvidence.of(record)), AT)).events().get(0);
            assertThat(outcome.total()).isEqualByComparingTo("100.00");
            assertThat(outcome.indicatorTotal()).isEqualByComparingTo("76.00");
        }
    }

    /** An outcome appealed by the researcher's institution, reviewed by a second panel, upheld or revised. */
    @Nested
    class Appeals {

        final LocalDate appealsUntil = LocalDate.parse("2026-04-22");
        final OutcomeDetermined outcome = new OutcomeDetermined(ID, D1, ZHANG, "centre", "engineering", OutcomeUse.PROMOTION, new BigDecimal("76.00"),
                OutcomeResult.PASSED, true, null, AT);

        List<CycleEvent> concluded() {
            List<CycleEvent> history = new ArrayList<>(evaluated());
            history.add(outcome);
            history.add(new CycleConcluded(ID, 1, AT, appealsUntil));
            return history;
        }

        List<CycleEvent> appealedWithPanel() {
            List<CycleEvent> history = new ArrayList<>(concluded());
            history.add(new AppealFiled(ID, D1, ZHANG, "centre", "delivery under-scored", appealsUntil, AT));
            history.add(new AppealReviewerAssigned(ID, D1, "ind-8", INDUSTRY_EXPERT, AT));
            history.add(new AppealReviewerAssigned(ID, D1, "ind-9", INDUSTRY_EXPERT, AT));
            history.add(new AppealReviewerAssigned(ID, D1, "com-9", COMMITTEE, AT));
            return history;
        }

        @Test
        void the_institution_appeals_with_reasons_within_the_window() {
            given(concluded()).when(new FileAppeal(D1, "delivery under-scored", appealsUntil, AT))
                    .then(new AppealFiled(ID, D1, ZHANG, "centre", "delivery under-scored", appealsUntil, AT));
            assertThat(code(given(concluded()).when(new FileAppeal(D1, " ", TODAY, AT)))).isEqualTo("appeal-reasons-required");
            assertThat(code(given(concluded()).when(new FileAppeal(D1, "late", appealsUntil.plusDays(1), AT)))).isEqualTo("appeal-window-closed");
            assertThat(code(given(evaluated()).when(new FileAppeal(D1, "early", TODAY, AT)))).isEqualTo("cycle-not-concluded");
            assertThat(code(given(concluded(), new AppealFiled(ID, D1, ZHANG, "centre", "once", appealsUntil, AT))
                    .when(new FileAppeal(D1, "twice", TODAY, AT)))).isEqualTo("appeal-exists");
            // A cycle concluded before appeals existed has no window.
            assertThat(code(given(evaluated(), outcome, new CycleConcluded(ID, 1, AT)).when(new FileAppeal(D1, "why", TODAY, AT))))
                    .isEqualTo("appeal-window-closed");
        }

        @Test
        void the_second_panel_is_registered_and_none_of_the_first_panel() {
            List<CycleEvent> appealed = new ArrayList<>(concluded());
            appealed.add(new AppealFiled(ID, D1, ZHANG, "centre", "delivery under-scored", appealsUntil, AT));
            given(appealed).when(new AssignAppealReviewer(D1, "ind-8", INDUSTRY_EXPERT, AT))
                    .then(new AppealReviewerAssigned(ID, D1, "ind-8", INDUSTRY_EXPERT, AT), cleared(D1, ZHANG, "ind-8"));
            assertThat(code(given(appealed).when(new AssignAppealReviewer(D1, "ind-1", INDUSTRY_EXPERT, AT)))).isEqualTo("appeal-reviewer-on-first-panel");
            RuleViolation colleague = given(appealed).when(new AssignAppealReviewer(D1, "ind-6", INDUSTRY_EXPERT, AT,
                    EvaluatorRelations.check("ind-6", "centre", Optional.of(registered("ind-6", "centre"))))).thenRefused(RuleViolation.class);
            assertThat(colleague.code()).isEqualTo("conflict-of-interest");
            assertThat(colleague.context()).containsEntry("relation", "same-institution");
            assertThat(code(given(appealed).when(new AssignAppealReviewer(D1, "stranger", null, AT)))).isEqualTo("evaluator-not-registered");
            assertThat(code(given(appealed, new ConflictDeclared(ID, "ind-7", ZHANG, "co-author", AT))
                    .when(new AssignAppealReviewer(D1, "ind-7", INDUSTRY_EXPERT, AT)))).isEqualTo("conflict-of-interest");
            assertThat(code(given(appealed).when(new AssignAppealReviewer(D1, "peer-1", PEER, AT)))).isEqualTo("evaluator-kind-not-required");
            assertThat(code(given(concluded()).when(new AssignAppealReviewer(D1, "ind-8", INDUSTRY_EXPERT, AT)))).isEqualTo("no-appeal");
        }

        @Test
        void a_second_panel_giving_the_same_result_upholds_the_outcome() {
            List<CycleEvent> history = appealedWithPanel();
            history.add(new AppealScoresRecorded(ID, D1, "ind-8", sheet("8", "7"), AT));
            history.add(new AppealScoresRecorded(ID, D1, "ind-9", sheet("8", "7"), AT));
            // 0.6 × 80 + 0.4 × 70 = 76 again: PASSED, upheld; the outcome stands.
            given(history).when(new ScoreAppeal(D1, "com-9", sheet("8", "7"), AT)).then(
                    new AppealScoresRecorded(ID, D1, "com-9", sheet("8", "7"), AT),
                    new AppealDecided(ID, D1, ZHANG, "centre", "engineering", OutcomeUse.PROMOTION, Appeal.AppealDecision.UPHELD,
                            new BigDecimal("76.00"), OutcomeResult.PASSED, new BigDecimal("76.00"), new BigDecimal("76.00"), OutcomeResult.PASSED, true,
                            null, AT));
        }

        @Test
        void a_second_panel_giving_another_result_revises_it() {
            List<CycleEvent> history = appealedWithPanel();
            history.add(new AppealScoresRecorded(ID, D1, "ind-8", sheet("9", "9"), AT));
            history.add(new AppealScoresRecorded(ID, D1, "ind-9", sheet("9", "8"), AT));
            // delivery mean 90, quality mean 90: 0.6 × 90 + 0.4 × 90 = 90: EXCELLENT, revised.
            List<CycleEvent> events = given(history).when(new ScoreAppeal(D1, "com-9", sheet("9", "10"), AT)).events();
            AppealDecided decided = (AppealDecided) events.get(1);
            assertThat(decided.decision()).isEqualTo(Appeal.AppealDecision.REVISED);
            assertThat(decided.total()).isEqualByComparingTo("90.00");
            assertThat(decided.result()).isEqualTo(OutcomeResult.EXCELLENT);
            history.addAll(events);
            Dossier dossier = given(history).state().dossier(D1).orElseThrow();
            assertThat(dossier.outcome().result()).isEqualTo(OutcomeResult.EXCELLENT);
            assertThat(dossier.appeal().decided()).isTrue();
            assertThat(dossier.appeal().original().total()).isEqualByComparingTo("76.00");
            assertThat(code(given(history).when(new ScoreAppeal(D1, "ind-8", sheet("1", "1"), AT)))).isEqualTo("appeal-decided");
        }

        @Test
        void only_the_second_panel_scores_the_appeal_once_each() {
            List<CycleEvent> history = appealedWithPanel();
            assertThat(code(given(history).when(new ScoreAppeal(D1, "ind-1", sheet("9", "9"), AT)))).isEqualTo("not-on-appeal-panel");
            assertThat(code(given(history, new AppealScoresRecorded(ID, D1, "ind-8", sheet("9", "9"), AT))
                    .when(new ScoreAppeal(D1, "ind-8", sheet("9", "9"), AT)))).isEqualTo("already-scored");
            assertThat(code(given(history).when(new ScoreAppeal(D1, "ind-8", sheet("11", "9"), AT)))).isEqualTo("score-out-of-range");
            // Two of three sheets: not decided yet.
            assertThat(given(history).when(new ScoreAppeal(D1, "ind-8", sheet("9", "9"), AT)).events()).hasSize(1);
        }
    }

    @Nested
    class CompetitiveAppointment {

        final Track applied = Tracks.competitive(2);
        final CycleOpened opened = new CycleOpened(ID, SCHEME, 1, "gene-centre", "posts 2026", null, List.of(applied), AT, null, null);

        List<CycleEvent> dossierScored(DossierId id, ResearcherId who, String score) {
            return List.of(new DossierSubmitted(ID, id, who, "gene-centre", "applied", OutcomeUse.APPOINTMENT, List.of(), AT),
                    assigned(id, "peer-" + id.value(), PEER),
                    scored(id, "peer-" + id.value(), List.of(new IndicatorScore("impact", new BigDecimal(score)))));
        }

        @Test
        void passing_dossiers_beyond_the_post_plan_are_not_selected() {
            DossierId a = DossierId.random(), b = DossierId.random(), c = DossierId.random(), d = DossierId.random();
            ResearcherId ra = new ResearcherId(UUID.randomUUID()), rb = new ResearcherId(UUID.randomUUID()),
                    rc = new ResearcherId(UUID.randomUUID()), rd = new ResearcherId(UUID.randomUUID());
            List<CycleEvent> history = new ArrayList<>();
            history.add(opened);
            history.addAll(dossierScored(a, ra, "9"));
            history.addAll(dossierScored(b, rb, "7"));
            history.addAll(dossierScored(c, rc, "8"));
            history.addAll(dossierScored(d, rd, "5"));
            spec.given(history.toArray(CycleEvent[]::new)).when(new ConcludeCycle(false, AT)).then(
                    outcome(a, ra, "90.00", OutcomeResult.PASSED, 1),
                    outcome(b, rb, "70.00", OutcomeResult.NOT_SELECTED, 3),
                    outcome(c, rc, "80.00", OutcomeResult.PASSED, 2),
                    outcome(d, rd, "50.00", OutcomeResult.NOT_PASSED, null),
                    new CycleConcluded(ID, 4, AT));
        }

        @Test
        void equal_totals_rank_by_order_of_submission() {
            DossierId first = DossierId.random(), second = DossierId.random(), third = DossierId.random();
            ResearcherId r1 = new ResearcherId(UUID.randomUUID()), r2 = new ResearcherId(UUID.randomUUID()), r3 = new ResearcherId(UUID.randomUUID());
            List<CycleEvent> history = new ArrayList<>();
            history.add(opened);
            history.addAll(dossierScored(first, r1, "8"));
            history.addAll(dossierScored(second, r2, "8"));
            history.addAll(dossierScored(third, r3, "8"));
            List<CycleEvent> events = spec.given(history.toArray(CycleEvent[]::new)).when(new ConcludeCycle(false, AT)).events();
            assertThat(events).contains(outcome(first, r1, "80.00", OutcomeResult.PASSED, 1), outcome(second, r2, "80.00", OutcomeResult.PASSED, 2),
                    outcome(third, r3, "80.00", OutcomeResult.NOT_SELECTED, 3));
        }

        OutcomeDetermined outcome(DossierId id, ResearcherId who, String total, OutcomeResult result, Integer rank) {
            return new OutcomeDetermined(ID, id, who, "gene-centre", "applied", OutcomeUse.APPOINTMENT, new BigDecimal(total), result,
                    result.grantsUse(), rank, AT);
        }
    }

    /** The cycle's timetable: a dossier deadline that moves it to scoring, a scoring deadline that flags sheets still owed. */
    @Nested
    class Timetable {

        final LocalDate dossiersUntil = LocalDate.parse("2026-04-30");
        final LocalDate scoresUntil = LocalDate.parse("2026-05-31");
        final CycleOpened opened = new CycleOpened(ID, SCHEME, 1, "centre", "2026", null, List.of(ENGINEERING, CLINICAL), AT, dossiersUntil,
                scoresUntil);
        final Instant later = Instant.parse("2026-06-01T00:00:00Z");

        @Test
        void a_cycle_is_opened_with_its_dossier_and_scoring_deadlines_in_that_order_not_in_the_past() {
            spec.given().when(new OpenCycle(ID, SCHEME, 1, "centre", "2026", List.of(ENGINEERING, CLINICAL), null,
                    new CycleTimetable(dossiersUntil, scoresUntil), TODAY, AT)).then(opened);
            assertThat(code(spec.given().when(new OpenCycle(ID, SCHEME, 1, "centre", "2026", List.of(ENGINEERING), null,
                    new CycleTimetable(TODAY.minusDays(1), scoresUntil), TODAY, AT)))).isEqualTo("dossiers-until-past");
            assertThat(code(spec.given().when(new OpenCycle(ID, SCHEME, 1, "centre", "2026", List.of(ENGINEERING), null,
                    new CycleTimetable(dossiersUntil, dossiersUntil), TODAY, AT)))).isEqualTo("scores-until-not-after-dossiers");
        }

        @Test
        void dossiers_are_taken_until_their_day_included_and_refused_after_it_even_before_the_cycle_moved_to_scoring() {
            DossierSubmitted onTheDay = new DossierSubmitted(ID, D1, ZHANG, "centre", "engineering", OutcomeUse.PROMOTION, List.of("report"), AT);
            spec.given(opened).when(new SubmitDossier(D1, ZHANG, "engineering", OutcomeUse.PROMOTION, List.of("report"), dossiersUntil, AT))
                    .then(onTheDay);
            RuleViolation refusal = spec.given(opened).when(new SubmitDossier(D1, ZHANG, "engineering", OutcomeUse.PROMOTION, List.of("report"),
                    dossiersUntil.plusDays(1), AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("dossiers-closed");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void when_the_dossier_deadline_is_over_the_cycle_moves_to_scoring_once_and_takes_no_more_dossiers() {
            DossiersClosed closed = new DossiersClosed(ID, "centre", dossiersUntil, 1, later);
            spec.given(opened, SUBMITTED).when(new CloseDossiers(dossiersUntil.plusDays(1), later)).then(closed);
            assertThat(spec.given(opened, SUBMITTED, closed).state().status()).isEqualTo(Cycle.Status.SCORING);
            assertThat(code(spec.given(opened, SUBMITTED, closed).when(new CloseDossiers(dossiersUntil.plusDays(2), later)))).isEqualTo("dossiers-closed");
            assertThat(code(spec.given(opened, closed).when(new SubmitDossier(D2, LI, "clinical", OutcomeUse.PROMOTION, List.of(), TODAY, AT))))
                    .isEqualTo("dossiers-closed");
            assertThat(code(spec.given(opened).when(new CloseDossiers(dossiersUntil, later)))).isEqualTo("dossiers-not-due");
            assertThat(code(spec.given(OPENED).when(new CloseDossiers(dossiersUntil.plusDays(1), later)))).isEqualTo("dossiers-not-due");
            // Scoring goes on while the cycle is being scored.
            spec.given(opened, SUBMITTED, closed, assigned(D1, "peer-1", INDUSTRY_EXPERT)).when(new RecordScores(D1, "peer-1", sheet("8", "7"), AT))
                    .then(scored(D1, "peer-1", sheet("8", "7")));
        }

        @Test
        void when_the_scoring_deadline_is_over_the_sheets_still_owed_are_flagged_overdue_once() {
            DossiersClosed closed = new DossiersClosed(ID, "centre", dossiersUntil, 1, later);
            List<CycleEvent> history = List.of(opened, SUBMITTED, closed, assigned(D1, "peer-2", INDUSTRY_EXPERT), assigned(D1, "peer-1", INDUSTRY_EXPERT),
                    scored(D1, "peer-1", sheet("8", "7")));
            ScoringOverdue overdue = new ScoringOverdue(ID, "centre", scoresUntil, List.of(new OutstandingSheet(D1, "peer-2")), later);
            given(history).when(new FlagScoringOverdue(scoresUntil.plusDays(1), later)).then(overdue);
            List<CycleEvent> flagged = new ArrayList<>(history);
            flagged.add(overdue);
            assertThat(given(flagged).state().scoringOverdue()).isTrue();
            assertThat(code(given(flagged).when(new FlagScoringOverdue(scoresUntil.plusDays(2), later)))).isEqualTo("scoring-overdue-already");
            assertThat(code(given(history).when(new FlagScoringOverdue(scoresUntil, later)))).isEqualTo("scoring-not-due");
        }

        @Test
        void a_scoring_deadline_that_finds_the_cycle_still_taking_dossiers_closes_them_first() {
            spec.given(opened).when(new FlagScoringOverdue(scoresUntil.plusDays(1), later)).then(
                    new DossiersClosed(ID, "centre", dossiersUntil, 0, later), new ScoringOverdue(ID, "centre", scoresUntil, List.of(), later));
        }

        @Test
        void after_the_scoring_deadline_an_operator_concludes_with_what_the_cycle_has_and_a_dossier_without_sheets_is_not_evaluated() {
            DossierSubmitted second = new DossierSubmitted(ID, D2, LI, "centre", "engineering", OutcomeUse.PROMOTION, List.of(), AT);
            List<CycleEvent> history = new ArrayList<>(List.of(opened, SUBMITTED, second, new DossiersClosed(ID, "centre", dossiersUntil, 2, later),
                    assigned(D1, "peer-1", INDUSTRY_EXPERT), scored(D1, "peer-1", sheet("9", "9")), assigned(D2, "peer-2", INDUSTRY_EXPERT)));
            assertThat(code(given(history).when(new ConcludeCycle(true, later)))).isEqualTo("scoring-not-overdue");
            assertThat(code(given(history).when(new ConcludeCycle(false, later)))).isEqualTo("evaluation-incomplete");
            history.add(new ScoringOverdue(ID, "centre", scoresUntil, List.of(new OutstandingSheet(D2, "peer-2")), later));
            assertThat(code(given(history).when(new ConcludeCycle(false, later)))).isEqualTo("evaluation-incomplete");
            List<CycleEvent> events = given(history).when(new ConcludeCycle(true, later)).events();
            assertThat(events).hasSize(3);
            assertThat(((OutcomeDetermined) events.get(0)).result()).isIn(OutcomeResult.PASSED, OutcomeResult.EXCELLENT);
            assertThat(((OutcomeDetermined) events.get(1)).result()).isEqualTo(OutcomeResult.NOT_EVALUATED);
            assertThat(((OutcomeDetermined) events.get(1)).useGranted()).isFalse();
            assertThat(events.get(2)).isEqualTo(new CycleConcluded(ID, 2, later));
        }

        @Test
        void the_timetable_takes_dossiers_through_its_day_and_makes_scoring_overdue_after_its_own() {
            CycleTimetable timetable = new CycleTimetable(dossiersUntil, scoresUntil);
            assertThat(timetable.takesDossiersOn(dossiersUntil)).isTrue();
            assertThat(timetable.takesDossiersOn(dossiersUntil.plusDays(1))).isFalse();
            assertThat(timetable.scoringOverdueOn(scoresUntil)).isFalse();
            assertThat(timetable.scoringOverdueOn(scoresUntil.plusDays(1))).isTrue();
        }
    }
}
