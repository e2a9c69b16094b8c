package org.reformplatform.evaluation.challenge;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.challenge.ChallengeListCommand.CloseChallengeList;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/** A challenge list whose taking window is over closes for takers; the challenges nobody took stay untaken. */
@ApplicationScoped
public class CloseChallengeListHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    public Decision<ChallengeList> handle(ChallengeListId id) {
        return aggregates.handle(ChallengeList.TYPE, id, new CloseChallengeList(calendar.today(), clock.instant()));
    }
}
