package org.reformplatform.evaluation.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.evaluation.cycle.Cycle;
import org.reformplatform.evaluation.cycle.CycleCommand;
import org.reformplatform.evaluation.cycle.CycleCommand.ConcludeCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.ScoreAppeal;
import org.reformplatform.evaluation.cycle.CycleEvent;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealDecided;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealScoresRecorded;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleConcluded;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleOpened;
import org.reformplatform.evaluation.cycle.CycleEvent.OutcomeDetermined;
import org.reformplatform.evaluation.cycle.Dossier;
import org.reformplatform.evaluation.cycle.DossierEvidence;
import org.reformplatform.evaluation.cycle.EvidenceContribution;
import org.reformplatform.evaluation.researcher.ResearcherId;

/**
 * Replays one evaluation cycle's recorded events through the {@link Cycle} decider with the weights
 * tried, in memory. The cycle opens with its tracks as tried (a weight applies from the opening on);
 * dossiers, panels and score sheets are taken as recorded (who scores what is not what the weights
 * vary); the conclusion is decided again — with the evidence the recorded outcomes used, which
 * travels in them — and so is every score sheet of an appeal's second panel (the last one decides
 * the appeal against the simulated outcome). The recorded outcomes and appeal decisions are outputs:
 * the simulation makes its own. Pure: no clock, no I/O.
 */
public final class CycleReplay {

    private static final Decider<Cycle, CycleCommand, CycleEvent> DECIDER = Cycle.TYPE.decider();

    /** An input the simulated cycle refused, with the rule that refused it. */
    public record Refusal(String input, String rule) {
    }

    /**
     * A dossier's outcome (after any appeal) and its standing in its track: 1 for the highest total, ties by order of
     * submission, over the dossiers of the track with an outcome.
     */
    public record Standing(BigDecimal total, String result, Integer rank, Integer standing) {
    }

    /** The cycle replayed: per dossier, in order of submission, its recorded and simulated standing. */
    public record Replayed(Cycle recorded, Cycle simulated, List<CycleEvent> recordedEvents, List<CycleEvent> simulatedEvents,
            Map<Dossier, Standing[]> standings, List<Refusal> refusals) {
    }

    private CycleReplay() {
    }

    public static Replayed replay(List<CycleEvent> history, WeightsTried weights) {
        Cycle recorded = DECIDER.initialState();
        Cycle simulated = DECIDER.initialState();
        List<CycleEvent> simulatedEvents = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Map<ResearcherId, List<DossierEvidence>> evidence = new HashMap<>();
        for (CycleEvent event : history) {
            recorded = DECIDER.evolve(recorded, event);
            List<CycleEvent> taken;
            if (event instanceof CycleOpened o) {
                taken = List.of(new CycleOpened(o.cycleId(), o.schemeId(), o.schemeVersion(), o.institution(), o.name(), o.pilotId(),
                        o.tracks().stream().map(weights::applyTo).toList(), o.openedAt(), o.dossiersUntil(), o.scoresUntil()));
            } else if (event instanceof OutcomeDetermined d) {
                // An output; what it used of the researcher's record is the conclusion's input.
                List<EvidenceContribution> used = d.evidence() == null ? List.of() : d.evidence();
                if (!used.isEmpty()) {
                    evidence.putIfAbsent(d.researcherId(), used.stream().map(c -> new DossierEvidence(c.kind(), c.source(), c.description())).toList());
                }
                continue;
            } else if (event instanceof CycleConcluded c) {
                taken = decide(simulated, new ConcludeCycle(simulated.scoringOverdue(), evidence, c.appealsUntil(), c.concludedAt()), "ConcludeCycle",
                        refusals);
            } else if (event instanceof AppealScoresRecorded s) {
                taken = decide(simulated, new ScoreAppeal(s.dossierId(), s.evaluator(), s.scores(), s.recordedAt()),
                        "ScoreAppeal by " + s.evaluator(), refusals);
            } else if (event instanceof AppealDecided) {
                continue; // an output of the last appeal sheet
            } else {
                taken = List.of(event);
            }
            for (CycleEvent e : taken) {
                simulated = DECIDER.evolve(simulated, e);
                simulatedEvents.add(e);
            }
        }
        Map<Dossier, Standing[]> standings = new LinkedHashMap<>();
        Map<Object, Standing> before = standings(recorded);
        Map<Object, Standing> after = standings(simulated);
        for (Dossier dossier : recorded.dossiersInOrder()) {
            standings.put(dossier, new Standing[] {before.get(dossier.id()), after.get(dossier.id())});
        }
        return new Replayed(recorded, simulated, List.copyOf(history), List.copyOf(simulatedEvents), standings, List.copyOf(refusals));
    }

    private static List<CycleEvent> decide(Cycle state, CycleCommand command, String input, List<Refusal> refusals) {
        try {
            return DECIDER.decide(command, state);
        } catch (RuleViolation refused) {
            refusals.add(new Refusal(input, refused.code()));
            return List.of();
        }
    }

    /** Each dossier's outcome and standing in its track (none before the conclusion). */
    private static Map<Object, Standing> standings(Cycle cycle) {
        Map<Object, Standing> standings = new HashMap<>();
        Map<String, List<Dossier>> byTrack = new LinkedHashMap<>();
        for (Dossier d : cycle.dossiersInOrder()) {
            if (d.outcome() == null) {
                standings.put(d.id(), new Standing(null, "AWAITING_CONCLUSION", null, null));
            } else {
                byTrack.computeIfAbsent(d.track(), k -> new ArrayList<>()).add(d);
            }
        }
        byTrack.values().forEach(dossiers -> {
            dossiers.sort(Comparator.comparing((Dossier d) -> d.outcome().total()).reversed().thenComparingInt(Dossier::seq));
            for (int i = 0; i < dossiers.size(); i++) {
                Dossier.Outcome o = dossiers.get(i).outcome();
                standings.put(dossiers.get(i).id(), new Standing(o.total(), o.result().name(), o.rank(), i + 1));
            }
        });
        return standings;
    }
}
