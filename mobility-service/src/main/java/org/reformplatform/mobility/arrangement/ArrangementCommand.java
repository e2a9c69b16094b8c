package org.reformplatform.mobility.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * What institutions, enterprises, operators and incubation-service's events ask of an
 * arrangement. Commands that depend on the policy carry the rules in force and their version; the
 * decider never looks them up itself.
 */
public sealed interface ArrangementCommand {

    /** The home institution applies for one of its researchers, under the policy in force. */
    record ApplyForArrangement(ArrangementId id, ResearcherId researcherId, String researcherName, ArrangementForm form,
            String institution, String enterprise, UUID postId, Term term, String purpose, String agreementTerms,
            FormPolicy policy, Instant at) implements ArrangementCommand {
    }

    /** Approval under the policy version in force now; the arrangement keeps it from then on. {@code today}: the approval's day. */
    record ApproveArrangement(Actor actor, int policyVersion, FormPolicy policy, LocalDate today, Instant at) implements ArrangementCommand {
    }

    record RejectArrangement(Actor actor, FormPolicy policy, String reason, Instant at) implements ArrangementCommand {
    }

    /** The home institution withdraws its application, before the agreement is complete. */
    record WithdrawArrangement(Actor actor, String reason, Instant at) implements ArrangementCommand {
    }

    /** Due when the signing period is over: an arrangement still awaiting signatures lapses. */
    record LapseUnsignedArrangement(LocalDate today, Instant at) implements ArrangementCommand {
    }

    /** New terms for the agreement while it is being signed: a new agreement version, earlier signatures void. */
    record ChangeAgreementTerms(Actor actor, Term term, String agreementTerms, Instant at) implements ArrangementCommand {
    }

    /**
     * A party signs the agreement version it read. The researcher's own signature is declared by
     * naming the researcher: it reaches the platform through the home institution or an operator.
     */
    record SignAgreement(Actor actor, Party party, int agreementVersion, String signatory, ResearcherId declaredResearcher, Instant at)
            implements ArrangementCommand {
    }

    /** A later end of the active term, within the form's maximum term of the arrangement's policy version. */
    record ExtendTerm(Actor actor, LocalDate endsOn, String reason, LocalDate today, Instant at) implements ArrangementCommand {
    }

    /** Due when the term's last day is over: the arrangement ends itself as COMPLETED (unless a deferral follows the term). */
    record CompleteTerm(LocalDate today) implements ArrangementCommand {
    }

    /** A deferral period (暂缓期) after the term, before the researcher must return or resign. */
    record GrantDeferral(Actor actor, int months, String reason, LocalDate today, Instant at) implements ArrangementCommand {
    }

    record RecordStartupMilestone(String milestone, LocalDate reachedOn, UUID ventureId, StartupFact.Source source, UUID sourceEventId,
            LocalDate today) implements ArrangementCommand {
    }

    /** Taken from incubation-service: a round closed for a venture the researcher founded. */
    record RecordFundingRound(UUID ventureId, String roundName, Money amount, List<String> investors, LocalDate closedOn, UUID sourceEventId)
            implements ArrangementCommand {
    }

    /** Taken from incubation-service: the venture the researcher founded closed. */
    record RecordVentureClosure(UUID ventureId, String reason, LocalDate closedOn, UUID sourceEventId) implements ArrangementCommand {
    }

    /** Due when the deferral is over: the researcher now owes a decision, within working days of the region's calendar. */
    record ExpireDeferral(LocalDate today, WorkingCalendar calendar) implements ArrangementCommand {
    }

    /** After the deferral: the researcher returns or resigns, declared by the home institution or an operator. */
    record DecideReturnOrResign(Actor actor, Ending decision, String reason, LocalDate today) implements ArrangementCommand {
    }

    /** Due when the time to decide is over and nobody decided: the policy's {@code ifUndecided} applies. */
    record DeemReturnOrResign(LocalDate today) implements ArrangementCommand {
    }

    record EndArrangement(Actor actor, Ending ending, LocalDate endedOn, String reason, LocalDate today) implements ArrangementCommand {
    }

    /** The results review at the end (业绩导向), for the forms the policy reviews on results. */
    record ReviewResults(Actor actor, ReviewOutcome outcome, List<ReviewedResult> results) implements ArrangementCommand {
    }
}
