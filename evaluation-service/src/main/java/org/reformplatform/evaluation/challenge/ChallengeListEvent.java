package org.reformplatform.evaluation.challenge;

import java.time.Instant;
import java.util.List;

import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.researcher.ResearcherId;

/** What happens to a challenge list. Published on {@code evaluation.events}. */
public sealed interface ChallengeListEvent {

    ChallengeListId listId();

    record ChallengeListPublished(ChallengeListId listId, String institution, String title, List<Challenge> challenges, Instant publishedAt)
            implements ChallengeListEvent {
    }

    record ChallengeTaken(ChallengeListId listId, String institution, String challengeCode, ResearcherId leaderId, List<ResearcherId> team,
            PledgeId pledgeId, Instant takenAt) implements ChallengeListEvent {
    }
}
