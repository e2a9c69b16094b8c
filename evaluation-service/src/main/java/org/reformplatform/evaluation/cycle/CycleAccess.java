package org.reformplatform.evaluation.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.Evaluators;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Visibility;

/**
 * Who may see a cycle: its institution and staff. Evaluators see only the dossiers assigned to them,
 * and in them only their own assignment and score sheet. Anyone else is told it does not exist (404),
 * so ids reveal nothing.
 */
@ApplicationScoped
public class CycleAccess {

    /** A dossier as the caller sees it, with the version of its cycle (the ETag). */
    public record VisibleDossier(DossierView view, int version) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    Visibility visibility;

    @Inject
    Caller caller;

    /** The cycle, whoever's it is: evaluators act in the cycles of any institution, on what they are assigned (the cycle decides that). */
    public Loaded<Cycle> existing(CycleId id) {
        return aggregates.load(Cycle.TYPE, id, () -> unknown(id));
    }

    /** The cycle, current as of now, if the caller may see it. */
    public Loaded<Cycle> visible(CycleId id) {
        return visibility.visible(Cycle.TYPE, id, Cycle::institution, () -> unknown(id));
    }

    public VisibleDossier dossier(CycleId cycleId, DossierId dossierId) {
        Loaded<Cycle> loaded = existing(cycleId);
        Cycle cycle = loaded.state();
        Dossier dossier = cycle.dossier(dossierId).orElse(null);
        if (Evaluators.only(caller)) {
            String me = caller.subject();
            boolean onAppealPanel = dossier != null && dossier.appeal() != null && dossier.appeal().panel().containsKey(me);
            if (dossier == null || !dossier.assignments().containsKey(me) && !onAppealPanel) {
                throw RuleViolation.notFound("unknown-dossier", "No dossier " + dossierId.value() + " is assigned to you");
            }
            return new VisibleDossier(DossierView.of(cycle, dossier, me::equals), loaded.version());
        }
        visible(cycleId);
        if (dossier == null) {
            throw RuleViolation.notFound("unknown-dossier", "There is no dossier " + dossierId.value() + " in this cycle");
        }
        return new VisibleDossier(DossierView.of(cycle, dossier, evaluator -> true), loaded.version());
    }

    public static RuleViolation unknown(CycleId id) {
        return RuleViolation.notFound("unknown-cycle", "There is no cycle " + id.value());
    }
}
