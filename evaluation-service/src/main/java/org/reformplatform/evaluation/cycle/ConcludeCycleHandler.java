package org.reformplatform.evaluation.cycle;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.ConcludeCycle;
import org.reformplatform.evaluation.researcher.Researcher;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A cycle concluded once every dossier is fully evaluated, or by an operator after its scoring
 * deadline with the sheets it has: an outcome for each, with the evidence on each researcher's
 * record now, which travels in the command so that the outcome fixes what was used. Its deadlines
 * have nothing left to do. The outcomes may be appealed until the day {@link AppealPolicy} gives.
 */
@ApplicationScoped
public class ConcludeCycleHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    Deadlines deadlines;

    @Inject
    RegionalCalendar calendar;

    public Decision<Cycle> handle(CycleId cycle, OptionalInt expectedVersion) {
        return handle(cycle, false, false, expectedVersion);
    }

    /**
     * @param withWhatItHas after the scoring deadline: conclude with the score sheets recorded, which only an operator may
     *                      ({@code byOperator}; 403 {@code operator-only})
     */
    public Decision<Cycle> handle(CycleId cycle, boolean withWhatItHas, boolean byOperator, OptionalInt expectedVersion) {
        require(!withWhatItHas || byOperator, () -> RuleViolation.forbidden("operator-only", "Only an operator concludes a cycle with what it has"));
        Decision<Cycle> concluded = aggregates.handle(Cycle.TYPE, cycle, new ConcludeCycle(withWhatItHas, evidenceOf(cycle),
                AppealPolicy.CURRENT.appealsUntil(calendar.today(), calendar.workingDays()), clock.instant()),
                expectedVersion);
        deadlines.cancel(CycleDossiersDue.NAME, cycle, "cycle concluded");
        deadlines.cancel(CycleScoringDue.NAME, cycle, "cycle concluded");
        return concluded;
    }

    /** The evidence on the record of each researcher with a dossier in the cycle, as it stands now. */
    private Map<ResearcherId, List<DossierEvidence>> evidenceOf(CycleId cycle) {
        Map<ResearcherId, List<DossierEvidence>> evidence = new HashMap<>();
        for (Dossier dossier : aggregates.load(Cycle.TYPE, cycle).state().dossiersInOrder()) {
            Researcher researcher = aggregates.load(Researcher.TYPE, dossier.researcherId()).state();
            evidence.put(dossier.researcherId(), DossierEvidence.of(researcher.evidence()));
        }
        return evidence;
    }
}
