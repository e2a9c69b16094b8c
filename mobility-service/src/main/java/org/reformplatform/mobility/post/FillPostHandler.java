package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.post.SpecialPostCommand.FillPost;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * A post gets its holder: appointed by its institution, or entered on by enterprise talent when
 * the talent's arrangement becomes active ({@code underArrangement}, which then decides when the
 * post is vacated).
 */
@ApplicationScoped
public class FillPostHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    /** @param since today if null */
    public Decision<SpecialPost> handle(SpecialPostId id, ResearcherId holder, String holderName, ArrangementId underArrangement,
            LocalDate since, OptionalInt expectedVersion) {
        FillPost fill = new FillPost(holder, holderName, underArrangement, since == null ? calendar.today() : since);
        return aggregates.handle(SpecialPost.TYPE, id, fill, expectedVersion);
    }
}
