package org.reformplatform.mobility.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.post.SpecialPostCommand.DefinePost;

/** An institution defines one of its special posts, under a new id. */
@ApplicationScoped
public class DefinePostHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    public Decision<SpecialPost> handle(String institution, PostKind kind, String title) {
        SpecialPostId id = SpecialPostId.random();
        return aggregates.create(SpecialPost.TYPE, id, new DefinePost(id, institution, kind, title, calendar.now()));
    }
}
