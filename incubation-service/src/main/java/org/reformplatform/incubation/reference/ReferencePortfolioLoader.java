package org.reformplatform.incubation.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.MoneyTotals;
import org.reformplatform.incubation.partner.AgreementId;
import org.reformplatform.incubation.partner.DonationId;
import org.reformplatform.incubation.partner.Partner;
import org.reformplatform.incubation.partner.PartnerCommand.ReceiveDonation;
import org.reformplatform.incubation.partner.PartnerCommand.RegisterPartner;
import org.reformplatform.incubation.partner.PartnerCommand.SignAgreement;
import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.incubation.partner.PartnerKind;
import org.reformplatform.incubation.reference.ReferencePortfolio.DonationSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.InvestorSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.PartnerSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.RoundSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.VentureSeed;
import org.reformplatform.incubation.venture.Investor;
import org.reformplatform.incubation.venture.Venture;
import org.reformplatform.incubation.venture.VentureCommand.ApplyForIncubation;
import org.reformplatform.incubation.venture.VentureCommand.ChangeStage;
import org.reformplatform.incubation.venture.VentureCommand.CloseFundingRound;
import org.reformplatform.incubation.venture.VentureId;
import org.reformplatform.incubation.venture.VentureStage;

/**
 * Loads the {@link ReferencePortfolio} into a centre through the service's own commands, so that
 * the portfolio read model shows the report's figures from real events.
 *
 * <p>Loading is idempotent: every id (agreement, donation, venture) is derived from the centre and
 * the seed's key, partners from their organisation, rounds are named once per venture; and each
 * command is sent only when its fact is not in the aggregate's stream yet. Loading twice writes
 * nothing the second time; a load cut short is completed by the next one. It all runs in one
 * transaction, so a refused command leaves nothing half-loaded.
 */
@ApplicationScoped
public class ReferencePortfolioLoader {

    @Inject
    Aggregates aggregates;

    @Transactional(Transactional.TxType.MANDATORY)
    public LoadReport load(String centre) {
        int written = 0;
        Map<String, Partner> partners = new java.util.HashMap<>();
        List<PartnerSeed> partnerSeeds = ReferencePortfolio.partners();
        for (int i = 0; i < partnerSeeds.size(); i++) {
            PartnerSeed seed = partnerSeeds.get(i);
            PartnerId id = PartnerId.forOrganisation(seed.organisation());
            Loaded<Partner> partner = aggregates.load(Partner.TYPE, id);
            Partner state = partner.state();
            if (!partner.exists()) {
                Decision<Partner> registered = aggregates.handle(Partner.TYPE, id, new RegisterPartner(id, seed.organisation(), seed.name(), seed.kind()));
                written += registered.recorded().size();
                state = registered.state();
            }
            AgreementId agreementId = new AgreementId(idOf(centre, "agreement:" + seed.organisation()));
            if (state.agreement(agreementId).isEmpty()) {
                Decision<Partner> signed = aggregates.handle(Partner.TYPE, id, new SignAgreement(agreementId, centre,
                        "Partnership agreement with " + centre, ReferencePortfolio.signedOn(i), ReferencePortfolio.signedOn(i).plusYears(3)));
                written += signed.recorded().size();
                state = signed.state();
            }
            partners.put(seed.organisation(), state);
        }
        for (DonationSeed seed : ReferencePortfolio.donations()) {
            PartnerId id = PartnerId.forOrganisation(seed.organisation());
            DonationId donationId = new DonationId(idOf(centre, seed.key()));
            if (partners.get(seed.organisation()).donation(donationId).isEmpty()) {
                Decision<Partner> received = aggregates.handle(Partner.TYPE, id, new ReceiveDonation(donationId, centre, seed.kind(),
                        seed.amount(), seed.purpose(), seed.receivedOn()));
                written += received.recorded().size();
                partners.put(seed.organisation(), received.state());
            }
        }
        for (VentureSeed seed : ReferencePortfolio.ventures()) {
            written += loadVenture(centre, seed, partners);
        }
        return report(centre, written);
    }

    private int loadVenture(String centre, VentureSeed seed, Map<String, Partner> partners) {
        int written = 0;
        VentureId id = new VentureId(idOf(centre, seed.key()));
        Venture venture = aggregates.load(Venture.TYPE, id).state();
        if (!venture.exists()) {
            Decision<Venture> applied = aggregates.handle(Venture.TYPE, id, new ApplyForIncubation(id, centre, seed.name(), seed.origin(),
                    seed.summary(), seed.appliedOn()));
            written += applied.recorded().size();
            venture = applied.state();
        }
        // Forward to the stage the seed reached; a venture an operator closed meanwhile is left as it is.
        while (venture.stage().next() != null && venture.stage().ordinal() < seed.reached().ordinal()) {
            VentureStage next = venture.stage().next();
            Decision<Venture> moved = aggregates.handle(Venture.TYPE, id, new ChangeStage(next, seed.stages().get(next)));
            written += moved.recorded().size();
            venture = moved.state();
        }
        for (RoundSeed round : seed.rounds()) {
            if (venture.stage() == VentureStage.CLOSED || venture.round(round.roundName()).isPresent()) {
                continue;
            }
            List<Investor> investors = new ArrayList<>();
            for (InvestorSeed investor : round.investors()) {
                Partner partner = partners.get(investor.organisation());
                investors.add(Investor.partner(partner.name(), partner.id(), partner.organisation(), investor.commitment()));
            }
            Decision<Venture> closed = aggregates.handle(Venture.TYPE, id, new CloseFundingRound(round.roundName(), round.amount(), investors,
                    round.closedOn()));
            written += closed.recorded().size();
            venture = closed.state();
        }
        return written;
    }

    /** What the scenario sends, summed here from the seeds (the portfolio sums the same from the events). */
    private static LoadReport report(String centre, int written) {
        Map<PartnerKind, Integer> byKind = new EnumMap<>(PartnerKind.class);
        ReferencePortfolio.partners().forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        List<DonationSeed> donations = ReferencePortfolio.donations();
        List<VentureSeed> ventures = ReferencePortfolio.ventures();
        List<Money> roundAmounts = ventures.stream().flatMap(v -> v.rounds().stream()).map(RoundSeed::amount).toList();
        return new LoadReport(centre, written, byKind, ReferencePortfolio.partners().size(), donations.size(),
                MoneyTotals.of(donations.stream().map(DonationSeed::amount).toList()).asList(), ventures.size(), roundAmounts.size(),
                MoneyTotals.of(roundAmounts).asList());
    }

    /** The same id for the same centre and key, every time: what makes loading twice harmless. */
    static UUID idOf(String centre, String key) {
        return UUID.nameUUIDFromBytes(("incubation-reference:" + centre + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
