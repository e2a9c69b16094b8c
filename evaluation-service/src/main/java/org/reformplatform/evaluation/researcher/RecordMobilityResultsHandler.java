package org.reformplatform.evaluation.researcher;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.researcher.ResearcherCommand.RecordMobilityResults;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A mobility arrangement's reviewed results from mobility-service, recorded as evidence on the researcher's record. */
@ApplicationScoped
public class RecordMobilityResultsHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    /** @param sourceEventId the other service's event the evidence comes from */
    public Decision<Researcher> handle(ResearcherId researcher, MobilityRecord mobility, UUID sourceEventId) {
        return aggregates.handle(Researcher.TYPE, researcher, new RecordMobilityResults(researcher, mobility, sourceEventId, clock.instant()));
    }
}
