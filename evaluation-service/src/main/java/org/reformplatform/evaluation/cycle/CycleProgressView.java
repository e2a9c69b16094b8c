package org.reformplatform.evaluation.cycle;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.cycle.CycleEvent.AppealDecided;
import org.reformplatform.evaluation.cycle.CycleEvent.AssignmentWithdrawn;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleConcluded;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleOpened;
import org.reformplatform.evaluation.cycle.CycleEvent.DossierSubmitted;
import org.reformplatform.evaluation.cycle.CycleEvent.DossiersClosed;
import org.reformplatform.evaluation.cycle.CycleEvent.ScoringOverdue;
import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorAssigned;
import org.reformplatform.evaluation.cycle.CycleEvent.OutcomeDetermined;
import org.reformplatform.evaluation.cycle.CycleEvent.ScoresRecorded;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * A cycle's progress: its dossiers, the evaluators assigned to each against those required, the
 * score sheets outstanding, and the evaluators' queues. All of a cycle's events are one stream, so
 * the cycle row's version guards every table of the view.
 */
@ApplicationScoped
public class CycleProgressView implements Projection {

    @Override
    public String name() {
        return "cycle-progress";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(CycleOpened.class, DossierSubmitted.class, EvaluatorAssigned.class, AssignmentWithdrawn.class, ScoresRecorded.class,
                OutcomeDetermined.class, CycleConcluded.class, DossiersClosed.class, ScoringOverdue.class, AppealDecided.class);
    }

    @Override
    public List<String> tables() {
        return List.of("cycle_summaries", "cycle_tracks", "dossier_progress", "evaluator_assignments");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Object event = recorded.event();
        if (event instanceof CycleOpened opened) {
            if (CycleSummary.findById(opened.cycleId().value()) != null) {
                return;
            }
            CycleSummary row = new CycleSummary();
            row.id = opened.cycleId().value();
            row.institution = opened.institution();
            row.schemeId = opened.schemeId().value();
            row.schemeVersion = opened.schemeVersion();
            row.name = opened.name();
            row.pilotId = opened.pilotId() == null ? null : opened.pilotId().value();
            row.status = Cycle.Status.OPEN;
            row.openedAt = opened.openedAt();
            row.dossiersUntil = opened.dossiersUntil();
            row.scoresUntil = opened.scoresUntil();
            row.version = recorded.streamVersion();
            row.persist();
            for (Track track : opened.tracks()) {
                CycleTrack t = new CycleTrack();
                t.cycleId = row.id;
                t.track = track.code();
                t.name = track.name();
                t.requiredEvaluators = track.requiredEvaluators();
                t.persist();
            }
            return;
        }
        CycleSummary cycle = CycleSummary.findById(((CycleEvent) event).cycleId().value());
        if (cycle == null) {
            return;
        }
        cycle.version = recorded.streamVersion();
        if (event instanceof DossierSubmitted submitted) {
            CycleTrack track = CycleTrack.findById(new CycleTrack.Key(cycle.id, submitted.track()));
            DossierProgress row = new DossierProgress();
            row.dossierId = submitted.dossierId().value();
            row.cycleId = cycle.id;
            row.researcherId = submitted.researcherId().value();
            row.institution = submitted.institution();
            row.track = submitted.track();
            row.outcomeUse = submitted.use();
            row.requiredEvaluators = track == null ? 0 : track.requiredEvaluators;
            row.submittedAt = submitted.submittedAt();
            row.persist();
            cycle.dossiers++;
        } else if (event instanceof EvaluatorAssigned assigned) {
            DossierProgress dossier = DossierProgress.findById(assigned.dossierId().value());
            dossier.assigned++;
            // Assigned again after a withdrawal: the same row takes the new assignment.
            EvaluatorAssignment row = EvaluatorAssignment.findById(new EvaluatorAssignment.Key(dossier.dossierId, assigned.evaluator()));
            boolean fresh = row == null;
            if (fresh) {
                row = new EvaluatorAssignment();
                row.dossierId = dossier.dossierId;
                row.evaluator = assigned.evaluator();
            }
            row.cycleId = cycle.id;
            row.institution = cycle.institution;
            row.researcherId = dossier.researcherId;
            row.track = dossier.track;
            row.kind = assigned.kind();
            row.status = EvaluatorAssignment.Status.ASSIGNED;
            row.assignedAt = assigned.assignedAt();
            row.scoredAt = null;
            if (fresh) {
                row.persist();
            }
        } else if (event instanceof AssignmentWithdrawn withdrawn) {
            DossierProgress dossier = DossierProgress.findById(withdrawn.dossierId().value());
            EvaluatorAssignment row = EvaluatorAssignment.findById(new EvaluatorAssignment.Key(dossier.dossierId, withdrawn.evaluator()));
            dossier.assigned--;
            if (row != null && row.status == EvaluatorAssignment.Status.SCORED) {
                dossier.scored--;
            }
            if (row != null) {
                row.status = EvaluatorAssignment.Status.WITHDRAWN;
            }
        } else if (event instanceof ScoresRecorded scores) {
            DossierProgress dossier = DossierProgress.findById(scores.dossierId().value());
            dossier.scored++;
            EvaluatorAssignment row = EvaluatorAssignment.findById(new EvaluatorAssignment.Key(dossier.dossierId, scores.evaluator()));
            if (row != null) {
                row.status = EvaluatorAssignment.Status.SCORED;
                row.scoredAt = scores.recordedAt();
            }
        } else if (event instanceof OutcomeDetermined outcome) {
            DossierProgress dossier = DossierProgress.findById(outcome.dossierId().value());
            dossier.total = outcome.total();
            dossier.result = outcome.result();
        } else if (event instanceof AppealDecided decided && decided.decision() == Appeal.AppealDecision.REVISED) {
            DossierProgress dossier = DossierProgress.findById(decided.dossierId().value());
            dossier.total = decided.total();
            dossier.result = decided.result();
        } else if (event instanceof DossiersClosed) {
            cycle.status = Cycle.Status.SCORING;
        } else if (event instanceof ScoringOverdue overdue) {
            cycle.scoringOverdue = true;
            for (OutstandingSheet sheet : overdue.outstanding()) {
                EvaluatorAssignment row = EvaluatorAssignment.findById(new EvaluatorAssignment.Key(sheet.dossierId().value(), sheet.evaluator()));
                if (row != null) {
                    row.overdue = true;
                }
            }
        } else if (event instanceof CycleConcluded concluded) {
            cycle.status = Cycle.Status.CONCLUDED;
            cycle.concludedAt = concluded.concludedAt();
        }
    }
}
