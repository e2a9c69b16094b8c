package org.reformplatform.evaluation.researcher;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.researcher.ResearcherCommand.RecordTitleEquivalence;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A foreign title equivalence recognised by qualification-service, recorded as evidence on the holder's record. */
@ApplicationScoped
public class RecordTitleEquivalenceHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    /** @param sourceEventId the other service's event the evidence comes from */
    public Decision<Researcher> handle(ResearcherId researcher, TitleEquivalence equivalence, UUID sourceEventId) {
        return aggregates.handle(Researcher.TYPE, researcher, new RecordTitleEquivalence(researcher, equivalence, sourceEventId, clock.instant()));
    }
}
