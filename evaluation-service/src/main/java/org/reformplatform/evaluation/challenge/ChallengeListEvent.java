package org.reformplatform.evaluation.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.researcher.ResearcherId;

/** What happens to a challenge list. Published on {@code evaluation.events}. */
public sealed interface ChallengeListEvent {

    ChallengeListId listId();

    /** {@code closesOn}: the last day takers are accepted, or null when the list stays open until every challenge is taken. */
    record ChallengeListPublished(ChallengeListId listId, String institution, String title, List<Challenge> challenges, Instant publishedAt,
            LocalDate closesOn) implements ChallengeListEvent {
    }

    /** The taking window is over: no more takers; {@code untaken} are the challenges nobody took. */
    record ChallengeListClosed(ChallengeListId listId, String institution, LocalDate closesOn, List<String> untaken, Instant closedAt)
            implements ChallengeListEvent {
    }

    record ChallengeTaken(ChallengeListId listId, String institution, String challengeCode, ResearcherId leaderId, List<ResearcherId> team,
            PledgeId pledgeId, Instant takenAt) implements ChallengeListEvent {
    }
}
