package org.reformplatform.evaluation.pledge;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A pledge agreement signed on its terms: on its own, or for a challenge taken with it. */
@ApplicationScoped
public class SignPledgeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    /** @param challengeListId and {@code challengeCode}: the challenge the pledge is signed for, or null for none */
    public Decision<Pledge> handle(PledgeId id, String institution, PledgeTerms terms, UUID challengeListId, String challengeCode) {
        return aggregates.handle(Pledge.TYPE, id, terms.signed(id, institution, challengeListId, challengeCode, clock.instant()));
    }
}
