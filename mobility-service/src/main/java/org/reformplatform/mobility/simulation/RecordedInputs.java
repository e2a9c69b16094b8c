package org.reformplatform.mobility.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.reformplatform.mobility.arrangement.Actor;
import org.reformplatform.mobility.arrangement.Arrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ChangeAgreementTerms;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DecideReturnOrResign;
import org.reformplatform.mobility.arrangement.ArrangementCommand.EndArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExtendTerm;
import org.reformplatform.mobility.arrangement.ArrangementCommand.GrantDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordFundingRound;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordStartupMilestone;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordVentureClosure;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ReviewResults;
import org.reformplatform.mobility.arrangement.ArrangementCommand.SignAgreement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.WithdrawArrangement;
import org.reformplatform.mobility.arrangement.ArrangementEvent;
import org.reformplatform.mobility.arrangement.ArrangementEvent.AgreementTermsChanged;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementWithdrawn;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralGranted;
import org.reformplatform.mobility.arrangement.ArrangementEvent.FundingRoundRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.PartySigned;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ResultsReviewed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.StartupMilestoneRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.TermExtended;
import org.reformplatform.mobility.arrangement.ArrangementEvent.VentureClosureRecorded;
import org.reformplatform.mobility.arrangement.Party;
import org.reformplatform.mobility.arrangement.Term;

/**
 * The command a recorded event after approval was decided from, reconstructed from the event. Who
 * may act is not what a policy simulation varies (the input was authorised when it was made), so
 * the actor is an operator, except for a signature, which each party gives for itself. Events that
 * a command produced alongside its input event (the activation after the last signature) and events
 * of deadlines are not inputs: {@link #commandFor} answers null for them.
 */
final class RecordedInputs {

    private RecordedInputs() {
    }

    /**
     * @param recordedBefore the arrangement as recorded just before the event (tells an ending after a
     *                       deferral, a decision, from an early one)
     */
    static ArrangementCommand commandFor(RecordedArrangement.Entry entry, Arrangement recordedBefore, ZoneId zone) {
        if (entry.byDeadline()) {
            return null;
        }
        ArrangementEvent event = entry.event();
        Instant at = entry.occurredAt();
        LocalDate today = LocalDate.ofInstant(at, zone);
        Actor operator = Actor.operator(null);
        if (event instanceof ArrangementWithdrawn w) {
            return new WithdrawArrangement(Actor.partner(recordedBefore.institution()), w.reason(), w.withdrawnAt());
        }
        if (event instanceof AgreementTermsChanged c) {
            return new ChangeAgreementTerms(operator, new Term(c.startsOn(), c.endsOn()), c.agreementTerms(), c.changedAt());
        }
        if (event instanceof PartySigned p) {
            Actor signer = switch (p.party()) {
                case HOME_INSTITUTION -> Actor.partner(recordedBefore.institution());
                case HOST_ENTERPRISE -> Actor.partner(recordedBefore.enterprise());
                case RESEARCHER -> operator;
            };
            return new SignAgreement(signer, p.party(), p.agreementVersion(), p.signatory(),
                    p.party() == Party.RESEARCHER ? recordedBefore.researcherId() : null, p.signedAt());
        }
        if (event instanceof TermExtended t) {
            return new ExtendTerm(operator, t.endsOn(), t.reason(), LocalDate.ofInstant(t.extendedAt(), zone), t.extendedAt());
        }
        if (event instanceof DeferralGranted d) {
            return new GrantDeferral(operator, d.months(), d.reason(), LocalDate.ofInstant(d.grantedAt(), zone), d.grantedAt());
        }
        if (event instanceof StartupMilestoneRecorded m) {
            return new RecordStartupMilestone(m.milestone(), m.reachedOn(), m.ventureId(), m.source(), m.sourceEventId(), today);
        }
        if (event instanceof FundingRoundRecorded r) {
            return new RecordFundingRound(r.ventureId(), r.roundName(), r.amount(), r.investors(), r.closedOn(), r.sourceEventId());
        }
        if (event instanceof VentureClosureRecorded c) {
            return new RecordVentureClosure(c.ventureId(), c.reason(), c.closedOn(), c.sourceEventId());
        }
        if (event instanceof ArrangementEnded e) {
            if (recordedBefore.status() == Arrangement.Status.DECISION_DUE) {
                return new DecideReturnOrResign(operator, e.ending(), e.reason(), e.endedOn());
            }
            return new EndArrangement(operator, e.ending(), e.endedOn(), e.reason(), today.isBefore(e.endedOn()) ? e.endedOn() : today);
        }
        if (event instanceof ResultsReviewed r) {
            return new ReviewResults(operator, r.outcome(), r.results());
        }
        return null; // ArrangementActivated (the last signature's), ArrangementLapsed, DeferralExpired: outputs, not inputs
    }

    /** Events only a deadline produces, for histories whose metadata does not say (the ending needs the metadata). */
    static boolean onlyByDeadline(ArrangementEvent event) {
        return event instanceof ArrangementEvent.ArrangementLapsed || event instanceof ArrangementEvent.DeferralExpired;
    }
}
