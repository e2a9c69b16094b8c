package org.reformplatform.evaluation.cycle;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reformplatform.evaluation.cycle.CycleCommand.AssignAppealReviewer;
import org.reformplatform.evaluation.cycle.CycleCommand.AssignEvaluator;
import org.reformplatform.evaluation.cycle.CycleCommand.FileAppeal;
import org.reformplatform.evaluation.cycle.CycleCommand.ScoreAppeal;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealDecided;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealFiled;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealReviewerAssigned;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealScoresRecorded;
import org.reformplatform.evaluation.cycle.CycleCommand.CloseDossiers;
import org.reformplatform.evaluation.cycle.CycleCommand.ConcludeCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.DeclareConflict;
import org.reformplatform.evaluation.cycle.CycleCommand.FlagScoringOverdue;
import org.reformplatform.evaluation.cycle.CycleCommand.OpenCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.RecordScores;
import org.reformplatform.evaluation.cycle.CycleCommand.SubmitDossier;
import org.reformplatform.evaluation.cycle.CycleEvent.AssignmentWithdrawn;
import org.reformplatform.evaluation.cycle.CycleEvent.ConflictDeclared;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleConcluded;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleOpened;
import org.reformplatform.evaluation.cycle.CycleEvent.DossierSubmitted;
import org.reformplatform.evaluation.cycle.CycleEvent.DossiersClosed;
import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorAssigned;
import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorRelationsChecked;
import org.reformplatform.evaluation.cycle.CycleEvent.OutcomeDetermined;
import org.reformplatform.evaluation.cycle.CycleEvent.ScoresRecorded;
import org.reformplatform.evaluation.cycle.CycleEvent.ScoringOverdue;
import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.Indicator;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/**
 * An evaluation cycle (怎么评): opened for one version of an institution's scheme, it takes
 * researchers' dossiers under the scheme's tracks, assigns each the evaluators its track requires
 * while keeping out anyone with a declared conflict of interest, collects one score sheet per
 * assigned evaluator, and concludes with an outcome per dossier. With a {@link CycleTimetable} it
 * takes dossiers until its dossier deadline and then is scored (SCORING); after its scoring deadline
 * the sheets still owed are flagged overdue and an operator may conclude it with what it has. Once
 * concluded, each outcome may be appealed by the researcher's institution within the appeal window,
 * and is reviewed by a second panel ({@link Appeal}).
 */
public record Cycle(
        CycleId id,
        Status status,
        String institution,
        SchemeId schemeId,
        int schemeVersion,
        String name,
        PilotId pilotId,
        List<Track> tracks,
        Map<DossierId, Dossier> dossiers,
        Set<Conflict> conflicts,
        CycleTimetable timetable,
        boolean scoringOverdue,
        LocalDate appealsUntil) {

    /** OPEN takes dossiers; SCORING once its dossier deadline passed; CONCLUDED with its outcomes. */
    public enum Status { NONE, OPEN, SCORING, CONCLUDED }

    public static final AggregateType<Cycle, CycleCommand, CycleEvent> TYPE = new AggregateType<>("EvaluationCycle", new Lifecycle());

    public static final Cycle NONE = new Cycle(null, Status.NONE, null, null, 0, null, null, List.of(), Map.of(), Set.of(), null, false, null);

    public boolean exists() {
        return status != Status.NONE;
    }

    public Optional<Track> track(String code) {
        return tracks.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Dossier> dossier(DossierId dossierId) {
        return Optional.ofNullable(dossiers.get(dossierId));
    }

    public List<Dossier> dossiersInOrder() {
        return dossiers.values().stream().sorted(Comparator.comparingInt(Dossier::seq)).toList();
    }

    public boolean conflicted(String evaluator, ResearcherId researcherId) {
        return conflicts.contains(new Conflict(evaluator, researcherId));
    }

    static final class Lifecycle implements Decider<Cycle, CycleCommand, CycleEvent> {

        @Override
        public Cycle initialState() {
            return NONE;
        }

        @Override
        public List<CycleEvent> decide(CycleCommand command, Cycle state) {
            if (command instanceof OpenCycle open) {
                return open(open, state);
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-cycle", "There is no such cycle"));
            if (command instanceof FileAppeal file) {
                return fileAppeal(file, state);
            }
            if (command instanceof AssignAppealReviewer reviewer) {
                return assignAppealReviewer(reviewer, state);
            }
            if (command instanceof ScoreAppeal score) {
                return scoreAppeal(score, state);
            }
            require(state.status != Status.CONCLUDED, () -> RuleViolation.conflict("cycle-concluded", "The cycle is concluded: it changes no more"));
            if (command instanceof SubmitDossier submit) {
                return submit(submit, state);
            }
            if (command instanceof DeclareConflict declare) {
                return declare(declare, state);
            }
            if (command instanceof AssignEvaluator assign) {
                return assign(assign, state);
            }
            if (command instanceof RecordScores record) {
                return score(record, state);
            }
            if (command instanceof ConcludeCycle conclude) {
                return conclude(conclude, state);
            }
            if (command instanceof CloseDossiers close) {
                return closeDossiers(close, state);
            }
            if (command instanceof FlagScoringOverdue flag) {
                return flagOverdue(flag, state);
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static List<CycleEvent> open(OpenCycle open, Cycle state) {
            require(!state.exists(), () -> RuleViolation.conflict("cycle-exists", "The cycle exists already"));
            require(!open.tracks().isEmpty(), () -> RuleViolation.invalid("no-tracks", "The scheme version has no tracks"));
            if (open.pilot() != null) {
                require(open.pilot().member(), () -> RuleViolation.invalid("not-in-pilot",
                        open.institution() + " has not joined the pilot this cycle would belong to").with("institution", open.institution()));
            }
            CycleTimetable timetable = open.timetable();
            if (timetable != null) {
                require(timetable.takesDossiersOn(open.today()), () -> RuleViolation.invalid("dossiers-until-past",
                        "Dossiers cannot be due before today (" + open.today() + ")").with("dossiersUntil", timetable.dossiersUntil().toString()));
                require(timetable.scoresUntil().isAfter(timetable.dossiersUntil()), () -> RuleViolation.invalid("scores-until-not-after-dossiers",
                        "Scores are due after the dossiers").with("scoresUntil", timetable.scoresUntil().toString()));
            }
            return List.of(new CycleOpened(open.id(), open.schemeId(), open.schemeVersion(), open.institution(), open.name(),
                    open.pilot() == null ? null : open.pilot().pilotId(), List.copyOf(open.tracks()), open.at(),
                    timetable == null ? null : timetable.dossiersUntil(), timetable == null ? null : timetable.scoresUntil()));
        }

        private static List<CycleEvent> submit(SubmitDossier submit, Cycle state) {
            require(state.status == Status.OPEN && (state.timetable == null || state.timetable.takesDossiersOn(submit.today())),
                    () -> RuleViolation.conflict("dossiers-closed", "The cycle took dossiers until " + state.timetable.dossiersUntil()
                            + "; it is being scored").with("dossiersUntil", state.timetable.dossiersUntil().toString()));
            Track track = state.track(submit.track()).orElseThrow(() -> RuleViolation.invalid("unknown-track",
                    "The cycle's scheme has no track " + submit.track()).with("track", submit.track()));
            require(track.uses().contains(submit.use()), () -> RuleViolation.invalid("use-not-offered",
                    "Track " + track.code() + " is used for " + track.uses() + ", not " + submit.use()).with("track", track.code()));
            require(state.dossiers.values().stream().noneMatch(d -> d.researcherId().equals(submit.researcherId())),
                    () -> RuleViolation.conflict("dossier-exists", "The researcher has a dossier in this cycle already")
                            .with("researcherId", submit.researcherId().value().toString()));
            require(!state.dossiers.containsKey(submit.dossierId()), () -> RuleViolation.conflict("dossier-exists", "The dossier exists already"));
            return List.of(new DossierSubmitted(state.id, submit.dossierId(), submit.researcherId(), state.institution, track.code(),
                    submit.use(), List.copyOf(submit.evidence()), submit.at()));
        }

        /** A conflict keeps the evaluator away from the researcher's dossier, and ends an assignment made before it. */
        private static List<CycleEvent> declare(DeclareConflict declare, Cycle state) {
            if (state.conflicted(declare.evaluator(), declare.researcherId())) {
                return List.of();
            }
            List<CycleEvent> events = new ArrayList<>();
            events.add(new ConflictDeclared(state.id, declare.evaluator(), declare.researcherId(), declare.reason(), declare.at()));
            for (Dossier dossier : state.dossiersInOrder()) {
                if (dossier.researcherId().equals(declare.researcherId()) && dossier.assignments().containsKey(declare.evaluator())) {
                    events.add(new AssignmentWithdrawn(state.id, dossier.id(), declare.evaluator(), "conflict-of-interest",
                            dossier.hasScored(declare.evaluator()), declare.at()));
                }
            }
            return events;
        }

        private static List<CycleEvent> assign(AssignEvaluator assign, Cycle state) {
            Dossier dossier = existing(state, assign.dossierId());
            // Who evaluates is settled by the register, not by whoever assigns: an evaluator not in it has no kind to count as.
            require(assign.kind() != null, () -> RuleViolation.conflict("evaluator-not-registered",
                    "Evaluator " + assign.evaluator() + " is not in the register of evaluators; an operator registers them with their kind first")
                    .with("evaluator", assign.evaluator()));
            Track track = state.track(dossier.track()).orElseThrow();
            int required = track.requiredEvaluators(assign.kind());
            require(required > 0, () -> RuleViolation.invalid("evaluator-kind-not-required",
                    "Track " + track.code() + " is evaluated by " + track.evaluators().stream().map(r -> r.kind().name()).toList()
                            + ", not by " + assign.kind()).with("track", track.code()));
            ConflictCheck check = requireNoConflict(assign.relations(), state, dossier);
            if (dossier.assignments().containsKey(assign.evaluator())) {
                require(dossier.assignments().get(assign.evaluator()) == assign.kind(), () -> RuleViolation.conflict("already-assigned",
                        "Evaluator " + assign.evaluator() + " is assigned to this dossier as " + dossier.assignments().get(assign.evaluator())));
                return List.of();
            }
            require(dossier.assignedOfKind(assign.kind()) < required, () -> RuleViolation.conflict("evaluator-kind-full",
                    "The dossier has all " + required + " " + assign.kind() + " evaluators its track requires").with("required", required));
            return List.of(new EvaluatorAssigned(state.id, dossier.id(), assign.evaluator(), assign.kind(), assign.at()),
                    new EvaluatorRelationsChecked(state.id, dossier.id(), assign.evaluator(), check.checks(), assign.at()));
        }

        /** The relation a conflict declared in the cycle is named by. */
        static final String DECLARED_CONFLICT = "declared-conflict";

        /**
         * Found or declared, a conflict keeps an evaluator off the dossier, first panel or appeal: 409 under the problem
         * type evaluation always published, naming the relation. Returns every check made, for the record.
         */
        private static ConflictCheck requireNoConflict(ConflictCheck relations, Cycle state, Dossier dossier) {
            String evaluator = relations.reviewer();
            ConflictCheck check = relations.and(state.conflicted(evaluator, dossier.researcherId())
                    ? RelationCheck.found(DECLARED_CONFLICT, "declared in this cycle with researcher " + dossier.researcherId().value())
                    : RelationCheck.notFound(DECLARED_CONFLICT, "no conflict declared in this cycle with researcher " + dossier.researcherId().value()));
            check.requireClear("conflict-of-interest", "evaluator");
            return check;
        }

        private static List<CycleEvent> score(RecordScores record, Cycle state) {
            Dossier dossier = existing(state, record.dossierId());
            require(!state.conflicted(record.evaluator(), dossier.researcherId()), () -> RuleViolation.forbidden("evaluator-conflicted",
                    "You declared a conflict of interest with this researcher: your scores cannot count"));
            require(dossier.assignments().containsKey(record.evaluator()), () -> RuleViolation.forbidden("evaluator-not-assigned",
                    "You are not assigned to evaluate this dossier"));
            require(!dossier.hasScored(record.evaluator()), () -> RuleViolation.conflict("already-scored",
                    "You have scored this dossier already; a score sheet is given once"));
            checkSheet(state.track(dossier.track()).orElseThrow(), record.scores());
            return List.of(new ScoresRecorded(state.id, dossier.id(), record.evaluator(), List.copyOf(record.scores()), record.at()));
        }

        /** A score sheet scores every indicator of the track once, each within its range. */
        private static void checkSheet(Track track, List<IndicatorScore> scores) {
            Set<String> seen = new HashSet<>();
            for (IndicatorScore score : scores) {
                Indicator indicator = track.indicator(score.indicator()).orElseThrow(() -> RuleViolation.invalid("unknown-indicator",
                        "Track " + track.code() + " has no indicator " + score.indicator()).with("indicator", score.indicator()));
                require(seen.add(score.indicator()), () -> RuleViolation.invalid("duplicate-indicator",
                        "Indicator " + score.indicator() + " is scored twice").with("indicator", score.indicator()));
                indicator.check(score.value());
            }
            List<String> missing = track.indicators().stream().map(Indicator::code).filter(code -> !seen.contains(code)).toList();
            require(missing.isEmpty(), () -> RuleViolation.invalid("scores-incomplete",
                    "A score sheet scores every indicator of the track; missing: " + missing).with("missing", missing));
        }

        /** The researcher's institution appeals an outcome with its reasons, by the cycle's appeal window, once per dossier. */
        private static List<CycleEvent> fileAppeal(FileAppeal file, Cycle state) {
            require(state.status == Status.CONCLUDED, () -> RuleViolation.conflict("cycle-not-concluded", "Only a concluded cycle's outcomes are appealed"));
            Dossier dossier = existing(state, file.dossierId());
            require(file.reasons() != null && !file.reasons().isBlank(), () -> RuleViolation.invalid("appeal-reasons-required",
                    "An appeal states its reasons"));
            require(state.appealsUntil != null && !file.today().isAfter(state.appealsUntil), () -> RuleViolation.conflict("appeal-window-closed",
                    state.appealsUntil == null ? "This cycle's outcomes cannot be appealed" : "Outcomes could be appealed until " + state.appealsUntil)
                    .with("appealsUntil", String.valueOf(state.appealsUntil)));
            require(dossier.appeal() == null, () -> RuleViolation.conflict("appeal-exists", "The dossier's outcome is appealed already"));
            return List.of(new AppealFiled(state.id, dossier.id(), dossier.researcherId(), state.institution, file.reasons(), state.appealsUntil,
                    file.at()));
        }

        private static Appeal pendingAppeal(Dossier dossier) {
            require(dossier.appeal() != null, () -> RuleViolation.conflict("no-appeal", "The dossier's outcome is not appealed"));
            require(!dossier.appeal().decided(), () -> RuleViolation.conflict("appeal-decided", "The appeal is decided: it changes no more"));
            return dossier.appeal();
        }

        /** The second panel: registered evaluators of the kinds the track requires, as many, none of the first panel, none conflicted. */
        private static List<CycleEvent> assignAppealReviewer(AssignAppealReviewer assign, Cycle state) {
            Dossier dossier = existing(state, assign.dossierId());
            Appeal appeal = pendingAppeal(dossier);
            require(assign.kind() != null, () -> RuleViolation.conflict("evaluator-not-registered",
                    "Evaluator " + assign.evaluator() + " is not in the register of evaluators").with("evaluator", assign.evaluator()));
            require(!dossier.onFirstPanel(assign.evaluator()), () -> RuleViolation.conflict("appeal-reviewer-on-first-panel",
                    "Evaluator " + assign.evaluator() + " evaluated the dossier the first time: an appeal is reviewed by others")
                    .with("evaluator", assign.evaluator()));
            ConflictCheck check = requireNoConflict(assign.relations(), state, dossier);
            if (appeal.panel().containsKey(assign.evaluator())) {
                return List.of();
            }
            Track track = state.track(dossier.track()).orElseThrow();
            int required = track.requiredEvaluators(assign.kind());
            require(required > 0, () -> RuleViolation.invalid("evaluator-kind-not-required",
                    "Track " + track.code() + " is not evaluated by " + assign.kind()).with("track", track.code()));
            require(appeal.onPanelOfKind(assign.kind()) < required, () -> RuleViolation.conflict("evaluator-kind-full",
                    "The appeal's panel has all " + required + " " + assign.kind() + " evaluators the track requires").with("required", required));
            return List.of(new AppealReviewerAssigned(state.id, dossier.id(), assign.evaluator(), assign.kind(), assign.at()),
                    new EvaluatorRelationsChecked(state.id, dossier.id(), assign.evaluator(), check.checks(), assign.at()));
        }

        /** A second-panel sheet; the last one decides the appeal. */
        private static List<CycleEvent> scoreAppeal(ScoreAppeal score, Cycle state) {
            Dossier dossier = existing(state, score.dossierId());
            Appeal appeal = pendingAppeal(dossier);
            require(appeal.panel().containsKey(score.evaluator()), () -> RuleViolation.forbidden("not-on-appeal-panel",
                    "You are not on this appeal's panel"));
            require(!appeal.sheets().containsKey(score.evaluator()), () -> RuleViolation.conflict("already-scored",
                    "You have scored this appeal already; a score sheet is given once"));
            Track track = state.track(dossier.track()).orElseThrow();
            checkSheet(track, score.scores());
            List<CycleEvent> events = new ArrayList<>();
            events.add(new AppealScoresRecorded(state.id, dossier.id(), score.evaluator(), List.copyOf(score.scores()), score.at()));
            Appeal scored = appeal.withSheet(score.evaluator(), score.scores());
            if (scored.complete(track)) {
                Dossier.Outcome original = appeal.original();
                Dossier.Outcome panel = WeightedScoring.onAppeal(state, dossier, scored);
                boolean revised = panel.result() != original.result();
                Dossier.Outcome stands = revised ? panel : original;
                events.add(new AppealDecided(state.id, dossier.id(), dossier.researcherId(), state.institution, dossier.track(), dossier.use(),
                        revised ? Appeal.AppealDecision.REVISED : Appeal.AppealDecision.UPHELD, original.total(), original.result(), panel.total(),
                        stands.total(), stands.result(), stands.result().grantsUse(), stands.rank(), score.at()));
            }
            return events;
        }

        private static List<CycleEvent> closeDossiers(CloseDossiers close, Cycle state) {
            require(state.status == Status.OPEN, () -> RuleViolation.conflict("dossiers-closed", "The cycle is being scored already"));
            require(state.timetable != null && !state.timetable.takesDossiersOn(close.today()), () -> RuleViolation.conflict("dossiers-not-due",
                    state.timetable == null ? "The cycle has no dossier deadline" : "Dossiers are taken until " + state.timetable.dossiersUntil()));
            return List.of(new DossiersClosed(state.id, state.institution, state.timetable.dossiersUntil(), state.dossiers.size(), close.at()));
        }

        private static List<CycleEvent> flagOverdue(FlagScoringOverdue flag, Cycle state) {
            require(!state.scoringOverdue, () -> RuleViolation.conflict("scoring-overdue-already", "The cycle's scoring is flagged overdue already"));
            require(state.timetable != null && state.timetable.scoringOverdueOn(flag.today()), () -> RuleViolation.conflict("scoring-not-due",
                    state.timetable == null ? "The cycle has no scoring deadline" : "Scores are owed until " + state.timetable.scoresUntil()));
            List<OutstandingSheet> outstanding = new ArrayList<>();
            List<CycleEvent> events = new ArrayList<>();
            if (state.status == Status.OPEN) {
                // The dossier deadline's own firing has not run yet (an outage): scoring cannot be overdue while dossiers come in.
                events.add(new DossiersClosed(state.id, state.institution, state.timetable.dossiersUntil(), state.dossiers.size(), flag.at()));
            }
            for (Dossier dossier : state.dossiersInOrder()) {
                dossier.assignments().keySet().stream().filter(e -> !dossier.hasScored(e)).sorted()
                        .forEach(e -> outstanding.add(new OutstandingSheet(dossier.id(), e)));
            }
            events.add(new ScoringOverdue(state.id, state.institution, state.timetable.scoresUntil(), List.copyOf(outstanding), flag.at()));
            return events;
        }

        private static List<CycleEvent> conclude(ConcludeCycle conclude, Cycle state) {
            if (conclude.withWhatItHas()) {
                require(state.scoringOverdue, () -> RuleViolation.conflict("scoring-not-overdue",
                        "A cycle is concluded with what it has only after its scoring deadline"));
            }
            List<Dossier> incomplete = state.dossiersInOrder().stream()
                    .filter(d -> !d.complete(state.track(d.track()).orElseThrow())).toList();
            require(conclude.withWhatItHas() || incomplete.isEmpty(), () -> RuleViolation.conflict("evaluation-incomplete",
                    incomplete.size() + " dossier(s) still lack required evaluators or scores")
                    .with("incompleteDossiers", incomplete.stream().map(d -> d.id().value().toString()).toList()));
            List<CycleEvent> events = new ArrayList<>();
            WeightedScoring.outcomes(state, conclude.evidence()).forEach((dossierId, outcome) -> {
                Dossier dossier = state.dossiers.get(dossierId);
                events.add(new OutcomeDetermined(state.id, dossierId, dossier.researcherId(), state.institution, dossier.track(), dossier.use(),
                        outcome.total(), outcome.result(), outcome.result().grantsUse(), outcome.rank(), conclude.at(), outcome.indicatorTotal(),
                        outcome.evidence()));
            });
            events.add(new CycleConcluded(state.id, state.dossiers.size(), conclude.at(), conclude.appealsUntil()));
            return events;
        }

        private static Dossier existing(Cycle state, DossierId dossierId) {
            return state.dossier(dossierId).orElseThrow(() -> RuleViolation.notFound("unknown-dossier", "There is no such dossier in this cycle"));
        }

        @Override
        public Cycle evolve(Cycle s, CycleEvent event) {
            if (event instanceof CycleOpened o) {
                return new Cycle(o.cycleId(), Status.OPEN, o.institution(), o.schemeId(), o.schemeVersion(), o.name(), o.pilotId(), o.tracks(),
                        Map.of(), Set.of(), o.dossiersUntil() == null ? null : new CycleTimetable(o.dossiersUntil(), o.scoresUntil()), false, null);
            }
            if (event instanceof DossierSubmitted d) {
                return s.withDossier(new Dossier(d.dossierId(), s.dossiers.size() + 1, d.researcherId(), d.track(), d.use(), d.evidence(),
                        d.submittedAt(), Map.of(), Map.of(), null, null));
            }
            if (event instanceof ConflictDeclared c) {
                Set<Conflict> conflicts = new HashSet<>(s.conflicts);
                conflicts.add(new Conflict(c.evaluator(), c.researcherId()));
                return new Cycle(s.id, s.status, s.institution, s.schemeId, s.schemeVersion, s.name, s.pilotId, s.tracks, s.dossiers,
                        Set.copyOf(conflicts), s.timetable, s.scoringOverdue, s.appealsUntil);
            }
            if (event instanceof EvaluatorRelationsChecked) {
                return s; // a record for operators: the dossier changed with EvaluatorAssigned
            }
            if (event instanceof EvaluatorAssigned a) {
                return s.withDossier(s.dossiers.get(a.dossierId()).assign(a.evaluator(), a.kind()));
            }
            if (event instanceof AssignmentWithdrawn w) {
                return s.withDossier(s.dossiers.get(w.dossierId()).withdraw(w.evaluator()));
            }
            if (event instanceof ScoresRecorded r) {
                return s.withDossier(s.dossiers.get(r.dossierId()).score(r.evaluator(), r.scores()));
            }
            if (event instanceof OutcomeDetermined o) {
                return s.withDossier(s.dossiers.get(o.dossierId()).concluded(new Dossier.Outcome(o.total(), o.result(), o.rank(), o.indicatorTotal(),
                        o.evidence())));
            }
            if (event instanceof CycleConcluded c) {
                Cycle concluded = s.with(Status.CONCLUDED, s.scoringOverdue);
                return new Cycle(concluded.id, concluded.status, concluded.institution, concluded.schemeId, concluded.schemeVersion, concluded.name,
                        concluded.pilotId, concluded.tracks, concluded.dossiers, concluded.conflicts, concluded.timetable, concluded.scoringOverdue,
                        c.appealsUntil());
            }
            if (event instanceof AppealFiled f) {
                Dossier dossier = s.dossiers.get(f.dossierId());
                return s.withDossier(dossier.withAppeal(new Appeal(f.reasons(), f.filedAt(), Map.of(), Map.of(), null, dossier.outcome())));
            }
            if (event instanceof AppealReviewerAssigned a) {
                Dossier dossier = s.dossiers.get(a.dossierId());
                return s.withDossier(dossier.withAppeal(dossier.appeal().withReviewer(a.evaluator(), a.kind())));
            }
            if (event instanceof AppealScoresRecorded r) {
                Dossier dossier = s.dossiers.get(r.dossierId());
                return s.withDossier(dossier.withAppeal(dossier.appeal().withSheet(r.evaluator(), r.scores())));
            }
            if (event instanceof AppealDecided d) {
                Dossier dossier = s.dossiers.get(d.dossierId());
                Appeal appeal = dossier.appeal().decided(d.decision());
                Dossier withDecision = dossier.withAppeal(appeal);
                if (d.decision() == Appeal.AppealDecision.REVISED) {
                    withDecision = withDecision.concluded(new Dossier.Outcome(d.total(), d.result(), d.rank(),
                            d.panelTotal() == null ? null : WeightedScoring.total(s.track(dossier.track()).orElseThrow(), appeal.sheets()),
                            appeal.original().evidence()));
                }
                return s.withDossier(withDecision);
            }
            if (event instanceof DossiersClosed) {
                return s.with(Status.SCORING, s.scoringOverdue);
            }
            if (event instanceof ScoringOverdue) {
                return s.with(s.status, true);
            }
            return s;
        }
    }

    private Cycle withDossier(Dossier dossier) {
        Map<DossierId, Dossier> copy = new LinkedHashMap<>(dossiers);
        copy.put(dossier.id(), dossier);
        return new Cycle(id, status, institution, schemeId, schemeVersion, name, pilotId, tracks, copy, conflicts, timetable, scoringOverdue,
                appealsUntil);
    }

    private Cycle with(Status newStatus, boolean overdue) {
        return new Cycle(id, newStatus, institution, schemeId, schemeVersion, name, pilotId, tracks, dossiers, conflicts, timetable, overdue,
                appealsUntil);
    }
}
