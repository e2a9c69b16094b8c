package org.reformplatform.evaluation.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.researcher.ResearcherId;

/** What an institution asks of its challenge list. */
public sealed interface ChallengeListCommand {

    /**
     * The challenges as published: each with code, title and description, none taken. {@code window}
     * says until when takers are accepted (null: until every challenge is taken); {@code today} is the
     * region's day, read by the handler.
     */
    record PublishChallengeList(ChallengeListId id, String institution, String title, List<Challenge> challenges, TakingWindow window,
            LocalDate today, Instant at) implements ChallengeListCommand {
    }

    /** A researcher (leading a team, or alone) takes a challenge under the pledge {@code pledgeId}, on the region's day {@code today}. */
    record TakeChallenge(String challengeCode, ResearcherId leaderId, List<ResearcherId> team, PledgeId pledgeId, LocalDate today, Instant at)
            implements ChallengeListCommand {
    }

    /** The list's taking window is over ({@code evaluation.ChallengeListCloses}): it closes for takers. */
    record CloseChallengeList(LocalDate today, Instant at) implements ChallengeListCommand {
    }
}
