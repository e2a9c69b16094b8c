package org.reformplatform.evaluation.cycle;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.SubmitDossier;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/** A researcher's dossier submitted in a cycle, under one of its tracks and for one of the track's uses, by its dossier deadline. */
@ApplicationScoped
public class SubmitDossierHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    public Decision<Cycle> handle(CycleId cycle, DossierId dossier, ResearcherId researcher, String track, OutcomeUse use, List<String> evidence) {
        return aggregates.handle(Cycle.TYPE, cycle, new SubmitDossier(dossier, researcher, track, use, evidence, calendar.today(),
                clock.instant()));
    }
}
