package org.reformplatform.evaluation.figures;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.cycle.CycleEvent.CycleOpened;
import org.reformplatform.evaluation.cycle.CycleEvent.DossierSubmitted;
import org.reformplatform.evaluation.pilot.PilotCycle;
import org.reformplatform.evaluation.pilot.PilotDossier;
import org.reformplatform.evaluation.pilot.PilotEvent.InstitutionJoinedPilot;
import org.reformplatform.evaluation.pilot.PilotEvent.PilotLaunched;
import org.reformplatform.evaluation.pilot.PilotEvent.PilotMeasureRecorded;
import org.reformplatform.evaluation.pilot.PilotInstitution;
import org.reformplatform.evaluation.pilot.PilotMeasure;
import org.reformplatform.evaluation.pilot.PilotSummary;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * The pilot's headline figures, counted from events: institutions that joined, measures they
 * recorded, and researchers reached (distinct researchers with a dossier in a cycle opened under the
 * pilot). A cycle's opening and its dossiers are one stream, so the cycle is known here before its
 * first dossier arrives.
 *
 * <p>It reads the events of two features, the pilot and the cycles opened under it, so it lives above
 * both: a cycle names the pilot it belongs to, and the pilot knows nothing of cycles. The tables it
 * keeps are the pilot's read model ({@code pilot.PilotSummary} and the rows beside it), which
 * {@code PilotResource} serves.
 */
@ApplicationScoped
public class PilotFiguresView implements Projection {

    @Override
    public String name() {
        return "pilot-figures";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(PilotLaunched.class, InstitutionJoinedPilot.class, PilotMeasureRecorded.class, CycleOpened.class, DossierSubmitted.class);
    }

    @Override
    public List<String> tables() {
        return List.of("pilots", "pilot_institutions", "pilot_measures", "pilot_cycles", "pilot_dossiers");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Object event = recorded.event();
        if (event instanceof PilotLaunched launched) {
            PilotSummary row = new PilotSummary();
            row.id = launched.pilotId().value();
            row.name = launched.name();
            row.launchedAt = launched.launchedAt();
            row.persist();
        } else if (event instanceof InstitutionJoinedPilot joined) {
            PilotInstitution row = new PilotInstitution();
            row.pilotId = joined.pilotId().value();
            row.institution = joined.institution();
            row.name = joined.institutionName();
            row.kind = joined.kind();
            row.joinedAt = joined.joinedAt();
            row.persist();
        } else if (event instanceof PilotMeasureRecorded measure) {
            PilotMeasure row = new PilotMeasure();
            row.pilotId = measure.pilotId().value();
            row.measureCode = measure.measureCode();
            row.institution = measure.institution();
            row.title = measure.title();
            row.dimension = measure.dimension();
            row.persist();
        } else if (event instanceof CycleOpened opened && opened.pilotId() != null) {
            PilotCycle row = new PilotCycle();
            row.cycleId = opened.cycleId().value();
            row.pilotId = opened.pilotId().value();
            row.institution = opened.institution();
            row.persist();
        } else if (event instanceof DossierSubmitted submitted) {
            PilotCycle cycle = PilotCycle.findById(submitted.cycleId().value());
            if (cycle == null) {
                return;
            }
            PilotDossier row = new PilotDossier();
            row.dossierId = submitted.dossierId().value();
            row.pilotId = cycle.pilotId;
            row.cycleId = cycle.cycleId;
            row.institution = submitted.institution();
            row.researcherId = submitted.researcherId().value();
            row.persist();
        }
    }
}
