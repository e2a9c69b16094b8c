package org.reformplatform.evaluation.title;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.title.TitleReviewCommand.AppointPanelMember;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A member appointed to the review's panel, by their token subject; they vote as evaluators. */
@ApplicationScoped
public class AppointPanelMemberHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<TitleReview> handle(TitleReviewId review, String member, String name, OptionalInt expectedVersion) {
        return aggregates.handle(TitleReview.TYPE, review, new AppointPanelMember(member, name, clock.instant()), expectedVersion);
    }
}
