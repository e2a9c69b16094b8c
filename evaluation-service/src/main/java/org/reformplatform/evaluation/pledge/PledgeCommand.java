package org.reformplatform.evaluation.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;

/** What an institution asks of a pledge agreement. */
public sealed interface PledgeCommand {

    /**
     * A signed commitment (军令状): targets to meet by the deadline, the consequences of failing, and
     * the use its fulfilment is credited to. {@code challengeListId} and {@code challengeCode} name
     * the challenge it was signed for, if any.
     */
    record SignPledge(PledgeId id, String institution, ResearcherId leaderId, List<ResearcherId> team, String title,
            java.util.UUID challengeListId, String challengeCode, List<PledgeTarget> targets, LocalDate deadline, String consequences,
            OutcomeUse use, Instant at) implements PledgeCommand {
    }

    record RecordTargetMet(String targetCode, LocalDate metOn, String evidence, Instant at) implements PledgeCommand {
    }

    /**
     * Settles a pledge whose deadline has passed: one not fulfilled by then fails. {@code today} is the
     * region's day when the command runs (the handler reads the calendar): an assessment is dated then
     * or earlier. The pledge's own deadline ({@code evaluation.PledgeDue}) sends this with {@code on = today}.
     */
    record AssessPledge(LocalDate on, LocalDate today, Instant at) implements PledgeCommand {
    }
}
