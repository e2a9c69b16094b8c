package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordStartupMilestone;

/**
 * A key start-up milestone (关键创业节点) on a leave-to-found arrangement: recorded by an operator
 * once reached, or taken from incubation-service's events ({@code sourceEventId}, recorded once).
 */
@ApplicationScoped
public class RecordStartupMilestoneHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    public Decision<Arrangement> handle(ArrangementId id, String milestone, LocalDate reachedOn, UUID ventureId, StartupFact.Source source,
            UUID sourceEventId, OptionalInt expectedVersion) {
        return aggregates.handle(Arrangement.TYPE, id,
                new RecordStartupMilestone(milestone, reachedOn, ventureId, source, sourceEventId, calendar.today()), expectedVersion);
    }
}
