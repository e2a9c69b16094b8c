package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.EndArrangement;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.post.SpecialPostId;
import org.reformplatform.mobility.post.VacatePostHandler;

/** An active arrangement ends, by a person or when its term is over; enterprise talent leaves its post in the same transaction. */
@ApplicationScoped
public class EndArrangementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    VacatePostHandler vacatePost;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ArrangementDeadlines deadlines;

    /** @param endedOn today if null */
    public Decision<Arrangement> handle(ArrangementId id, Actor actor, Ending ending, LocalDate endedOn, String reason,
            OptionalInt expectedVersion) {
        LocalDate today = calendar.today();
        return settle(id, aggregates.handle(Arrangement.TYPE, id,
                new EndArrangement(actor, ending, endedOn == null ? today : endedOn, reason, today), expectedVersion));
    }

    /** The term's last day is over ({@link ArrangementDeadlines#TERM_END}): the arrangement completes. */
    public Decision<Arrangement> completeTerm(ArrangementId id) {
        return settle(id, aggregates.handle(Arrangement.TYPE, id, DeadlinePlan.command(DeadlinePlan.TERM_END, calendar.today(), calendar.now(), calendar.workingDays()), OptionalInt.empty()));
    }

    /** What follows an ending, however it came: enterprise talent leaves its post, the arrangement's deadlines are cancelled. */
    Decision<Arrangement> settle(ArrangementId id, Decision<Arrangement> decision) {
        Arrangement arrangement = decision.state();
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            // Only enterprise talent names a post.
            if (recorded.event() instanceof ArrangementEnded ended && arrangement.postId() != null) {
                vacatePost.handle(new SpecialPostId(arrangement.postId()), ended.endedOn(), "arrangement ended: " + ended.ending(), id,
                        OptionalInt.empty());
            }
        }
        return deadlines.follow(decision);
    }
}
