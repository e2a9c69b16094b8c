package org.reformplatform.evaluation.challenge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.challenge.ChallengeListCommand.PublishChallengeList;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/**
 * An institution publishes a list of open challenges (揭榜挂帅), none taken yet. A list with a closing
 * date schedules its closing ({@link ChallengeListCloses}) for the end of that day in the region.
 */
@ApplicationScoped
public class PublishChallengeListHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    Deadlines deadlines;

    /** @param closesOn the last day takers are accepted, or null for a list open until every challenge is taken */
    public Decision<ChallengeList> handle(ChallengeListId id, String institution, String title, List<Challenge> challenges, LocalDate closesOn) {
        TakingWindow window = closesOn == null ? null : new TakingWindow(closesOn);
        Decision<ChallengeList> published = aggregates.handle(ChallengeList.TYPE, id,
                new PublishChallengeList(id, institution, title, challenges, window, calendar.today(), clock.instant()));
        if (window != null) {
            deadlines.schedule(Deadline.of(ChallengeListCloses.NAME, id, calendar.endOf(window.closesOn()), institution,
                    "Challenge list \"" + title + "\" closes for takers after " + window.closesOn(), null));
        }
        return published;
    }
}
