package org.reformplatform.evaluation.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;

/** What happens to a pledge agreement. Fulfilment and failure are evaluation outcomes. Published on {@code evaluation.events}. */
public sealed interface PledgeEvent {

    PledgeId pledgeId();

    record PledgeSigned(PledgeId pledgeId, String institution, ResearcherId leaderId, List<ResearcherId> team, String title,
            UUID challengeListId, String challengeCode, List<PledgeTarget> targets, LocalDate deadline, String consequences, OutcomeUse use,
            Instant signedAt) implements PledgeEvent {
    }

    record PledgeTargetMet(PledgeId pledgeId, String targetCode, LocalDate metOn, String evidence, Instant recordedAt) implements PledgeEvent {
    }

    /** Every target met by the deadline: an outcome crediting {@code use} to the leader and team. */
    record PledgeFulfilled(PledgeId pledgeId, String institution, ResearcherId leaderId, List<ResearcherId> team, String challengeCode,
            OutcomeUse use, LocalDate fulfilledOn, Instant recordedAt) implements PledgeEvent {
    }

    /** The deadline passed with targets unmet: an outcome carrying the agreed consequences. */
    record PledgeFailed(PledgeId pledgeId, String institution, ResearcherId leaderId, List<ResearcherId> team, String challengeCode,
            List<String> unmetTargets, String consequences, LocalDate assessedOn, Instant recordedAt) implements PledgeEvent {
    }
}
