package org.reformplatform.mobility.arrangement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.mobility.arrangement.ArrangementEvent.AgreementTermsChanged;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApplied;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementLapsed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementWithdrawn;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralExpired;
import org.reformplatform.mobility.arrangement.ArrangementEvent.TermExtended;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementRejected;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralGranted;
import org.reformplatform.mobility.arrangement.ArrangementEvent.FundingRoundRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.PartySigned;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ResultsReviewed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.StartupMilestoneRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.VentureClosureRecorded;

/**
 * Arrangements with their status, dates, signatures, milestones and review: the lists by form and
 * institution, the arrangements due, and the arrangement half of a researcher's mobility record.
 */
@ApplicationScoped
public class ArrangementsView implements Projection {

    @Override
    public String name() {
        return "arrangements";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ArrangementApplied.class, ArrangementApproved.class, ArrangementRejected.class, AgreementTermsChanged.class,
                PartySigned.class, ArrangementActivated.class, DeferralGranted.class, StartupMilestoneRecorded.class,
                FundingRoundRecorded.class, VentureClosureRecorded.class, ArrangementEnded.class, ResultsReviewed.class,
                ArrangementWithdrawn.class, ArrangementLapsed.class, TermExtended.class, DeferralExpired.class);
    }

    @Override
    public List<String> tables() {
        return List.of("arrangement_summaries");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof ArrangementApplied applied) {
            if (ArrangementSummary.findById(applied.arrangementId().value()) != null) {
                return;
            }
            ArrangementSummary row = new ArrangementSummary();
            row.id = applied.arrangementId().value();
            row.researcherId = applied.researcherId().value();
            row.researcherName = applied.researcherName();
            row.form = applied.form();
            row.institution = applied.institution();
            row.enterprise = applied.enterprise();
            row.postId = applied.postId();
            row.status = Arrangement.Status.APPLIED;
            row.startsOn = applied.startsOn();
            row.endsOn = applied.endsOn();
            row.signedBy = "";
            row.appliedAt = applied.appliedAt();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        ArrangementSummary row = ArrangementSummary.findById(((ArrangementEvent) recorded.event()).arrangementId().value());
        if (row == null) {
            return;
        }
        row.version = recorded.streamVersion();
        Object event = recorded.event();
        if (event instanceof ArrangementApproved approved) {
            row.status = Arrangement.Status.APPROVED;
            row.policyVersion = approved.policyVersion();
            row.agreementVersion = 1;
            row.signBy = approved.signBy();
        } else if (event instanceof ArrangementRejected) {
            row.status = Arrangement.Status.REJECTED;
        } else if (event instanceof ArrangementWithdrawn) {
            row.status = Arrangement.Status.WITHDRAWN;
        } else if (event instanceof ArrangementLapsed) {
            row.status = Arrangement.Status.LAPSED;
        } else if (event instanceof TermExtended extended) {
            row.endsOn = extended.endsOn();
        } else if (event instanceof DeferralExpired expired) {
            row.status = Arrangement.Status.DECISION_DUE;
            row.decideBy = expired.decideBy();
        } else if (event instanceof AgreementTermsChanged changed) {
            row.agreementVersion = changed.agreementVersion();
            row.startsOn = changed.startsOn();
            row.endsOn = changed.endsOn();
            row.signedBy = "";
        } else if (event instanceof PartySigned signed) {
            row.signedBy = withParty(row.signedBy, signed.party());
        } else if (event instanceof ArrangementActivated) {
            row.status = Arrangement.Status.ACTIVE;
        } else if (event instanceof DeferralGranted deferral) {
            row.deferredUntil = deferral.deferredUntil();
        } else if (event instanceof StartupMilestoneRecorded) {
            row.milestones++;
        } else if (event instanceof FundingRoundRecorded) {
            row.fundingRounds++;
        } else if (event instanceof ArrangementEnded ended) {
            row.status = Arrangement.Status.ENDED;
            row.ending = ended.ending();
            row.endedOn = ended.endedOn();
        } else if (event instanceof ResultsReviewed reviewed) {
            row.reviewed(reviewed.outcome(), reviewed.results());
        }
    }

    private static String withParty(String joined, Party party) {
        Set<String> parties = joined == null || joined.isBlank() ? new java.util.TreeSet<>() : new java.util.TreeSet<>(Set.of(joined.split(",")));
        parties.add(party.name());
        return parties.stream().collect(Collectors.joining(","));
    }
}
