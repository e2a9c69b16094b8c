package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.post.SpecialPostCommand.VacatePost;

/**
 * A post's holder leaves it: the institution vacates it, or the enterprise-talent arrangement the
 * holder entered on ended ({@code byArrangement}; then only if that arrangement still holds it).
 */
@ApplicationScoped
public class VacatePostHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    /** @param on today if null */
    public Decision<SpecialPost> handle(SpecialPostId id, LocalDate on, String reason, ArrangementId byArrangement,
            OptionalInt expectedVersion) {
        VacatePost vacate = new VacatePost(on == null ? calendar.today() : on, reason, byArrangement);
        return aggregates.handle(SpecialPost.TYPE, id, vacate, expectedVersion);
    }
}
