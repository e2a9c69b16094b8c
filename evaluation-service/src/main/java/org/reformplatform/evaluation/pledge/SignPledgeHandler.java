package org.reformplatform.evaluation.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/**
 * A pledge agreement signed on its terms: on its own, or for a challenge taken with it. Signing
 * schedules the pledge's deadline: unfulfilled, it fails by itself ({@link PledgeDue}).
 */
@ApplicationScoped
public class SignPledgeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    Deadlines deadlines;

    /** @param challengeListId and {@code challengeCode}: the challenge the pledge is signed for, or null for none */
    public Decision<Pledge> handle(PledgeId id, String institution, PledgeTerms terms, UUID challengeListId, String challengeCode) {
        Decision<Pledge> signed = aggregates.handle(Pledge.TYPE, id, terms.signed(id, institution, challengeListId, challengeCode, clock.instant()));
        Pledge pledge = signed.state();
        LocalDate standsUntil = PledgeLapsePolicy.CURRENT.standsUntil(pledge.deadline(), calendar.workingDays());
        deadlines.schedule(Deadline.of(PledgeDue.NAME, id, calendar.endOf(standsUntil), pledge.institution(),
                "Pledge \"" + pledge.title() + "\" fails unless fulfilled by " + pledge.deadline(), null));
        return signed;
    }
}
