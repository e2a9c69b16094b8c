package org.reformplatform.mobility.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.mobility.researcher.ResearcherId;
import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * What happens to an arrangement. Published on {@code mobility.events}; {@link ArrangementActivated}
 * and {@link ResultsReviewed} are contracts with incubation-service and evaluation-service
 * (docs/architecture.md): their fields change only with a new schema version.
 */
public sealed interface ArrangementEvent {

    ArrangementId arrangementId();

    record ArrangementApplied(ArrangementId arrangementId, @DataSubject ResearcherId researcherId, @PersonalData String researcherName, ArrangementForm form,
            String institution, String enterprise, UUID postId, LocalDate startsOn, LocalDate endsOn, String purpose,
            String agreementTerms, Instant appliedAt) implements ArrangementEvent {
    }

    /**
     * Approved under {@code policyVersion}, whose rules for this form the arrangement keeps. Every
     * required party must sign by {@code signBy} or the arrangement lapses (null on approvals from
     * before signing had a time limit: those never lapse).
     */
    record ArrangementApproved(ArrangementId arrangementId, int policyVersion, FormPolicy policy, String approvedBy, Instant approvedAt,
            LocalDate signBy) implements ArrangementEvent {
    }

    record ArrangementRejected(ArrangementId arrangementId, String reason, Instant rejectedAt) implements ArrangementEvent {
    }

    /** The home institution withdrew its application before the agreement was complete. */
    record ArrangementWithdrawn(ArrangementId arrangementId, String reason, Instant withdrawnAt) implements ArrangementEvent {
    }

    /** The agreement was not signed by every required party by {@code signBy}: the approval lapsed. {@code awaiting}: who had not signed. */
    record ArrangementLapsed(ArrangementId arrangementId, LocalDate signBy, List<Party> awaiting, Instant lapsedAt)
            implements ArrangementEvent {
    }

    /** The agreement's terms changed: a new agreement version, which every party must sign again. */
    record AgreementTermsChanged(ArrangementId arrangementId, int agreementVersion, LocalDate startsOn, LocalDate endsOn,
            String agreementTerms, Instant changedAt) implements ArrangementEvent {
    }

    /**
     * A party signed the agreement. The researcher signs for themselves, so {@code signatory} is
     * personal data: sealed under the researcher's key ({@code researcherId}, set only when the
     * researcher signs; added after v1, absent in older events), or else under the arrangement's
     * (the stream), for the people who sign for the institution or the enterprise.
     */
    record PartySigned(ArrangementId arrangementId, Party party, int agreementVersion, @PersonalData String signatory, Instant signedAt,
            @DataSubject ResearcherId researcherId) implements ArrangementEvent {
    }

    /** Every required party signed: the arrangement is active. Consumed by incubation-service. */
    record ArrangementActivated(ArrangementId arrangementId, ResearcherId researcherId, ArrangementForm form, String institution,
            String enterprise, LocalDate startsOn, LocalDate endsOn) implements ArrangementEvent {
    }

    /** The active term now ends on {@code endsOn}, later than before, within the form's maximum term. */
    record TermExtended(ArrangementId arrangementId, LocalDate previousEndsOn, LocalDate endsOn, String reason, Instant extendedAt)
            implements ArrangementEvent {
    }

    record DeferralGranted(ArrangementId arrangementId, int months, LocalDate deferredUntil, String reason, Instant grantedAt)
            implements ArrangementEvent {
    }

    /**
     * The deferral (暂缓期) is over: the researcher must return or resign by {@code decideBy}; if
     * nobody decides, the arrangement ends as {@code ifUndecided} (the policy's choice).
     */
    record DeferralExpired(ArrangementId arrangementId, LocalDate deferredUntil, LocalDate decideBy, Ending ifUndecided)
            implements ArrangementEvent {
    }

    record StartupMilestoneRecorded(ArrangementId arrangementId, String milestone, LocalDate reachedOn, UUID ventureId,
            StartupFact.Source source, UUID sourceEventId) implements ArrangementEvent {
    }

    record FundingRoundRecorded(ArrangementId arrangementId, UUID ventureId, @NotPersonalData("the name of a funding round") String roundName, Money amount, List<String> investors,
            LocalDate closedOn, UUID sourceEventId) implements ArrangementEvent {
    }

    record VentureClosureRecorded(ArrangementId arrangementId, UUID ventureId, String reason, LocalDate closedOn, UUID sourceEventId)
            implements ArrangementEvent {
    }

    record ArrangementEnded(ArrangementId arrangementId, ResearcherId researcherId, ArrangementForm form, String institution,
            String enterprise, Ending ending, LocalDate endedOn, String reason) implements ArrangementEvent {
    }

    /** The results review at the end. Consumed by evaluation-service as evidence for the researcher. */
    record ResultsReviewed(ArrangementId arrangementId, ResearcherId researcherId, ArrangementForm form, String institution,
            String enterprise, Period period, ReviewOutcome outcome, List<ReviewedResult> results) implements ArrangementEvent {
    }
}
