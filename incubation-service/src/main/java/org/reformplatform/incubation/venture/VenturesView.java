package org.reformplatform.incubation.venture;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.incubation.venture.VentureEvent.FounderJoined;
import org.reformplatform.incubation.venture.VentureEvent.FundingRoundClosed;
import org.reformplatform.incubation.venture.VentureEvent.VentureApplied;
import org.reformplatform.incubation.venture.VentureEvent.VentureClosed;
import org.reformplatform.incubation.venture.VentureEvent.VentureMilestoneReached;
import org.reformplatform.incubation.venture.VentureEvent.VentureStageChanged;

/** Ventures by stage and the rounds they raised, with investors: the venture half of the portfolio. */
@ApplicationScoped
public class VenturesView implements Projection {

    @Override
    public String name() {
        return "ventures";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(VentureApplied.class, VentureStageChanged.class, VentureClosed.class, FounderJoined.class,
                VentureMilestoneReached.class, FundingRoundClosed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("venture_summaries", "funding_rounds", "round_investors");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof VentureApplied applied) {
            if (VentureSummary.findById(applied.ventureId().value()) != null) {
                return;
            }
            VentureSummary row = new VentureSummary();
            row.id = applied.ventureId().value();
            row.centre = applied.centre();
            row.name = applied.name();
            row.origin = applied.origin();
            row.stage = VentureStage.APPLIED;
            row.appliedOn = applied.appliedOn();
            row.stageSince = applied.appliedOn();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        VentureSummary venture = VentureSummary.findById(((VentureEvent) recorded.event()).ventureId().value());
        if (venture == null) {
            return;
        }
        venture.version = recorded.streamVersion();
        Object event = recorded.event();
        if (event instanceof VentureStageChanged changed) {
            venture.stage = changed.to();
            venture.stageSince = changed.changedOn();
        } else if (event instanceof VentureClosed closed) {
            venture.stage = VentureStage.CLOSED;
            venture.stageSince = closed.closedOn();
            venture.closedReason = closed.reason();
        } else if (event instanceof FounderJoined) {
            venture.founders++;
        } else if (event instanceof VentureMilestoneReached) {
            venture.milestones++;
        } else if (event instanceof FundingRoundClosed round) {
            venture.rounds++;
            recordRound(venture, round);
        }
    }

    private static void recordRound(VentureSummary venture, FundingRoundClosed round) {
        FundingRoundRecord row = new FundingRoundRecord();
        row.id = FundingRoundRecord.idOf(venture.id, round.roundName());
        row.ventureId = venture.id;
        row.centre = venture.centre;
        row.roundName = round.roundName();
        row.amount = round.amount().amount();
        row.currency = round.amount().currency();
        row.closedOn = round.closedOn();
        row.persist();
        List<Investor> investors = round.investors();
        for (int i = 0; i < investors.size(); i++) {
            Investor investor = investors.get(i);
            RoundInvestorRecord line = new RoundInvestorRecord();
            line.id = UUID.nameUUIDFromBytes((row.id + ":" + i).getBytes(StandardCharsets.UTF_8));
            line.roundId = row.id;
            line.ventureId = venture.id;
            line.ordinal = i;
            line.name = investor.name();
            line.partnerId = investor.partnerId() == null ? null : investor.partnerId().value();
            line.organisation = investor.organisation();
            line.commitment = investor.commitment() == null ? null : investor.commitment().amount();
            line.currency = investor.commitment() == null ? null : investor.commitment().currency();
            line.persist();
        }
    }
}
