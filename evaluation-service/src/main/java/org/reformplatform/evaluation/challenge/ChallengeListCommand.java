package org.reformplatform.evaluation.challenge;

import java.time.Instant;
import java.util.List;

import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.researcher.ResearcherId;

/** What an institution asks of its challenge list. */
public sealed interface ChallengeListCommand {

    /** The challenges as published: each with code, title and description, none taken. */
    record PublishChallengeList(ChallengeListId id, String institution, String title, List<Challenge> challenges, Instant at)
            implements ChallengeListCommand {
    }

    /** A researcher (leading a team, or alone) takes a challenge under the pledge {@code pledgeId}. */
    record TakeChallenge(String challengeCode, ResearcherId leaderId, List<ResearcherId> team, PledgeId pledgeId, Instant at)
            implements ChallengeListCommand {
    }
}
