package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordFundingRound;

/** A funding round of the venture a researcher founded, taken from incubation-service's events (recorded once per event). */
@ApplicationScoped
public class RecordFundingRoundHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Arrangement> handle(ArrangementId id, UUID ventureId, String roundName, Money amount, List<String> investors,
            LocalDate closedOn, UUID sourceEventId) {
        return aggregates.handle(Arrangement.TYPE, id, new RecordFundingRound(ventureId, roundName, amount, investors, closedOn, sourceEventId));
    }
}
