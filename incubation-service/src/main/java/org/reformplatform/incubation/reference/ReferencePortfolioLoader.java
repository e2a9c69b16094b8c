package org.reformplatform.incubation.reference;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.MoneyTotals;
import org.reformplatform.incubation.industryeducation.ChangeFacilityHandler;
import org.reformplatform.incubation.industryeducation.ChangePlatformHandler;
import org.reformplatform.incubation.industryeducation.EducationPlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ActivatePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.DraftReformPlan;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PublishReformPlan;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.RecognisePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformId;
import org.reformplatform.incubation.industryeducation.Facility;
import org.reformplatform.incubation.industryeducation.FacilityCommand.OpenFacility;
import org.reformplatform.incubation.industryeducation.FacilityId;
import org.reformplatform.incubation.industryeducation.FacilityKind;
import org.reformplatform.incubation.industryeducation.PlatformKind;
import org.reformplatform.incubation.industryeducation.PlatformStatus;
import org.reformplatform.incubation.industryeducation.ProposePlatformHandler;
import org.reformplatform.incubation.industryeducation.SignFacilityHandler;
import org.reformplatform.incubation.partner.AgreementId;
import org.reformplatform.incubation.partner.DonationId;
import org.reformplatform.incubation.partner.Partner;
import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.incubation.partner.PartnerKind;
import org.reformplatform.incubation.partner.ReceiveDonationHandler;
import org.reformplatform.incubation.partner.RegisterPartnerHandler;
import org.reformplatform.incubation.partner.SignAgreementHandler;
import org.reformplatform.incubation.reference.ReferenceIndustryEducation.FacilitySeed;
import org.reformplatform.incubation.reference.ReferenceIndustryEducation.PlatformSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.DonationSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.PartnerSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.RoundSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.VentureSeed;
import org.reformplatform.incubation.venture.ApplyForIncubationHandler;
import org.reformplatform.incubation.venture.ChangeStageHandler;
import org.reformplatform.incubation.venture.CloseFundingRoundHandler.NamedInvestor;
import org.reformplatform.incubation.venture.CloseFundingRoundHandler;
import org.reformplatform.incubation.venture.Venture;
import org.reformplatform.incubation.venture.VentureId;
import org.reformplatform.incubation.venture.VentureStage;

/**
 * Loads the {@link ReferencePortfolio} into a centre through the service's own use cases (the same
 * handlers the API calls), so that the portfolio read model shows the report's figures from real
 * events.
 *
 * <p>Loading is idempotent: every id (agreement, donation, venture) is derived from the centre and
 * the seed's key, partners from their organisation, rounds are named once per venture; and each
 * command is sent only when its fact is not in the aggregate's stream yet. Loading twice writes
 * nothing the second time; a load cut short is completed by the next one. It all runs in one
 * transaction, so a refused command leaves nothing half-loaded.
 */
@ApplicationScoped
public class ReferencePortfolioLoader {

    private static final OptionalInt ANY_VERSION = OptionalInt.empty();

    @Inject
    Aggregates aggregates;

    @Inject
    RegisterPartnerHandler registering;

    @Inject
    SignAgreementHandler signing;

    @Inject
    ReceiveDonationHandler donating;

    @Inject
    ApplyForIncubationHandler applying;

    @Inject
    ChangeStageHandler stages;

    @Inject
    CloseFundingRoundHandler rounds;

    @Inject
    ProposePlatformHandler proposing;

    @Inject
    ChangePlatformHandler platforms;

    @Inject
    SignFacilityHandler facilities;

    @Inject
    ChangeFacilityHandler changingFacilities;

    /** The events the commands of one load wrote. */
    private static final class Written {
        int events;

        /** The state after a decision, counting what it wrote. */
        <S> S count(Decision<S> decision) {
            events += decision.recorded().size();
            return decision.state();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LoadReport load(String centre) {
        Written written = new Written();
        Map<String, Partner> partners = new HashMap<>();
        List<PartnerSeed> partnerSeeds = ReferencePortfolio.partners();
        for (int i = 0; i < partnerSeeds.size(); i++) {
            PartnerSeed seed = partnerSeeds.get(i);
            PartnerId id = PartnerId.forOrganisation(seed.organisation());
            Loaded<Partner> partner = aggregates.load(Partner.TYPE, id);
            Partner state = partner.exists() ? partner.state()
                    : written.count(registering.handle(seed.organisation(), seed.name(), seed.kind()));
            AgreementId agreementId = new AgreementId(idOf(centre, "agreement:" + seed.organisation()));
            if (state.agreement(agreementId).isEmpty()) {
                state = written.count(signing.handle(id, agreementId, centre, "Partnership agreement with " + centre,
                        ReferencePortfolio.signedOn(i), null, ANY_VERSION));
            }
            partners.put(seed.organisation(), state);
        }
        for (DonationSeed seed : ReferencePortfolio.donations()) {
            DonationId donationId = new DonationId(idOf(centre, seed.key()));
            if (partners.get(seed.organisation()).donation(donationId).isEmpty()) {
                partners.put(seed.organisation(), written.count(donating.handle(PartnerId.forOrganisation(seed.organisation()), donationId,
                        centre, seed.kind(), seed.amount(), seed.purpose(), seed.receivedOn(), ANY_VERSION)));
            }
        }
        for (VentureSeed seed : ReferencePortfolio.ventures()) {
            loadVenture(centre, seed, written);
        }
        for (PlatformSeed seed : ReferenceIndustryEducation.platforms()) {
            loadPlatform(centre, seed, written);
        }
        return report(centre, written.events);
    }

    private void loadVenture(String centre, VentureSeed seed, Written written) {
        VentureId id = new VentureId(idOf(centre, seed.key()));
        Loaded<Venture> loaded = aggregates.load(Venture.TYPE, id);
        Venture venture = loaded.exists() ? loaded.state()
                : written.count(applying.handle(id, centre, seed.name(), seed.origin(), seed.summary(), seed.appliedOn()));
        // Forward to the stage the seed reached; a venture an operator closed meanwhile is left as it is.
        while (venture.stage().next() != null && venture.stage().ordinal() < seed.reached().ordinal()) {
            VentureStage next = venture.stage().next();
            venture = written.count(stages.handle(id, next, seed.stages().get(next), ANY_VERSION));
        }
        for (RoundSeed round : seed.rounds()) {
            if (venture.stage() == VentureStage.CLOSED || venture.round(round.roundName()).isPresent()) {
                continue;
            }
            List<NamedInvestor> investors = round.investors().stream()
                    .map(investor -> new NamedInvestor(PartnerId.forOrganisation(investor.organisation()), null, investor.commitment()))
                    .toList();
            venture = written.count(rounds.handle(id, round.roundName(), round.amount(), investors, round.closedOn(), ANY_VERSION));
        }
    }

    /** A platform forward to the status it reached, its plan published, its facilities signed and opened. */
    private void loadPlatform(String centre, PlatformSeed seed, Written written) {
        EducationPlatformId id = new EducationPlatformId(idOf(centre, "platform:" + seed.key()));
        Loaded<EducationPlatform> loaded = aggregates.load(EducationPlatform.TYPE, id);
        EducationPlatform platform = loaded.exists() ? loaded.state()
                : written.count(proposing.handle(id, centre, seed.kind(), seed.name(), seed.host(),
                        seed.enterprises().stream().map(PartnerId::forOrganisation).toList(), seed.functions(), seed.illustrative(),
                        seed.proposedOn()));
        if (platform.status() == PlatformStatus.PROPOSED) {
            platform = written.count(platforms.handle(id, new RecognisePlatform(seed.level(), seed.batch(), seed.recognisedOn()), ANY_VERSION));
        }
        if (platform.status() == PlatformStatus.RECOGNISED && seed.reached() == PlatformStatus.ACTIVE) {
            platform = written.count(platforms.handle(id, new ActivatePlatform(seed.activatedOn()), ANY_VERSION));
        }
        if (seed.planSummary() != null && platform.status() != PlatformStatus.CLOSED) {
            if (platform.plan() == null) {
                platform = written.count(platforms.handle(id, new DraftReformPlan("Applied talent training reform plan",
                        seed.planPublishedOn().minusMonths(1)), ANY_VERSION));
            }
            if (!platform.plan().isPublished()) {
                written.count(platforms.handle(id, new PublishReformPlan(seed.planSummary(), seed.planPublishedOn()), ANY_VERSION));
            }
        }
        for (FacilitySeed facility : seed.facilities()) {
            FacilityId facilityId = new FacilityId(idOf(centre, "facility:" + facility.key()));
            Loaded<Facility> known = aggregates.load(Facility.TYPE, facilityId);
            Facility state = known.exists() ? known.state()
                    : written.count(facilities.handle(facilityId, id, facility.kind(), facility.name(), PartnerId.forOrganisation(facility.enterprise()),
                            facility.thirdParty(), facility.placesPerTerm(), facility.signedOn()));
            if (state.status() == Facility.Status.SIGNED) {
                written.count(changingFacilities.handle(facilityId, new OpenFacility(facility.openedOn()), ANY_VERSION));
            }
        }
    }

    /** What the scenario sends, summed here from the seeds (the portfolio sums the same from the events). */
    private static LoadReport report(String centre, int written) {
        Map<PartnerKind, Integer> byKind = new EnumMap<>(PartnerKind.class);
        ReferencePortfolio.partners().forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        List<DonationSeed> donations = ReferencePortfolio.donations();
        List<VentureSeed> ventures = ReferencePortfolio.ventures();
        List<Money> roundAmounts = ventures.stream().flatMap(v -> v.rounds().stream()).map(RoundSeed::amount).toList();
        Map<PlatformKind, Integer> platformsByKind = new EnumMap<>(PlatformKind.class);
        Map<FacilityKind, Integer> facilitiesByKind = new EnumMap<>(FacilityKind.class);
        int plans = 0;
        for (PlatformSeed platform : ReferenceIndustryEducation.platforms()) {
            platformsByKind.merge(platform.kind(), 1, Integer::sum);
            plans += platform.planSummary() == null ? 0 : 1;
            platform.facilities().forEach(f -> facilitiesByKind.merge(f.kind(), 1, Integer::sum));
        }
        return new LoadReport(centre, written, byKind, ReferencePortfolio.partners().size(), donations.size(),
                MoneyTotals.of(donations.stream().map(DonationSeed::amount).toList()).asList(), ventures.size(), roundAmounts.size(),
                MoneyTotals.of(roundAmounts).asList(), new LoadReport.IndustryEducation(platformsByKind, plans, facilitiesByKind));
    }

    /** The same id for the same centre and key, every time: what makes loading twice harmless. */
    static UUID idOf(String centre, String key) {
        return UUID.nameUUIDFromBytes(("incubation-reference:" + centre + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
