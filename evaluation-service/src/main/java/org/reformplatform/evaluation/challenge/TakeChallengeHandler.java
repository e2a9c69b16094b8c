package org.reformplatform.evaluation.challenge;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.challenge.ChallengeListCommand.TakeChallenge;
import org.reformplatform.evaluation.pledge.Pledge;
import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.pledge.PledgeTerms;
import org.reformplatform.evaluation.pledge.SignPledgeHandler;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A leader (and team) take a published challenge by signing a pledge for it (揭榜挂帅 under a 军令状).
 * Both in the caller's transaction: the challenge is never taken without its pledge, nor a pledge
 * signed for a challenge another taker holds.
 */
@ApplicationScoped
public class TakeChallengeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    SignPledgeHandler sign;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    /** @param namedInstitution the institution the request names, if any: it must be the list's, which signs the pledge */
    public Decision<Pledge> handle(ChallengeListId listId, String challengeCode, PledgeId pledge, String namedInstitution, PledgeTerms terms) {
        Loaded<ChallengeList> list = aggregates.load(ChallengeList.TYPE, listId, () -> ChallengeListAccess.unknown(listId));
        String institution = list.state().institution();
        require(namedInstitution == null || namedInstitution.equals(institution), () -> RuleViolation.invalid("institution-mismatch",
                "The pledge is signed with the institution that published the challenge"));
        aggregates.handle(ChallengeList.TYPE, listId, new TakeChallenge(challengeCode, terms.leaderId(), terms.team(), pledge, calendar.today(),
                clock.instant()));
        return sign.handle(pledge, institution, terms, listId.value(), challengeCode);
    }
}
