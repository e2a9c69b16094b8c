package org.reformplatform.evaluation.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.evaluation.pledge.PledgeCommand.SignPledge;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;

/**
 * The terms of a pledge agreement (军令状) as an institution proposes them: who commits (a leader and
 * a team), to which targets, by when, with which consequences, credited to which use.
 */
public record PledgeTerms(ResearcherId leaderId, List<ResearcherId> team, String title, List<PledgeTarget> targets, LocalDate deadline,
        String consequences, OutcomeUse use) {

    /** Signing these terms for the institution, for the challenge {@code challengeCode} of list {@code challengeListId} or for none (nulls). */
    SignPledge signed(PledgeId id, String institution, UUID challengeListId, String challengeCode, Instant at) {
        return new SignPledge(id, institution, leaderId, team, title, challengeListId, challengeCode, targets, deadline, consequences, use, at);
    }
}
