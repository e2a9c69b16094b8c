package org.reformplatform.mobility.simulation;

import static org.reformplatform.mobility.simulation.RecordingWorld.defaults;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.mobility.arrangement.Actor;
import org.reformplatform.mobility.arrangement.Arrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApplyForArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApproveArrangement;
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
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.arrangement.Ending;
import org.reformplatform.mobility.arrangement.Party;
import org.reformplatform.mobility.arrangement.ReviewOutcome;
import org.reformplatform.mobility.arrangement.StartupFact;
import org.reformplatform.mobility.arrangement.Term;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * Random arrangement histories, recorded by the real decider and a stand-in dispatcher
 * ({@link RecordingWorld}) under the default policy: an application, an approval, then up to a
 * dozen inputs of every kind on random later days (signatures in any order, new terms, withdrawals,
 * extensions, deferrals, decisions, early ends, start-up facts, reviews), most of them plausible,
 * some refused (and so not recorded), with the deadlines firing in between.
 */
final class GeneratedHistories {

    static final String UNI = "uni-g";
    static final String ACME = "acme-g";
    static final LocalDate START = LocalDate.of(2025, 1, 6);

    private GeneratedHistories() {
    }

    static RecordingWorld generate(Random random, LocalDate asOf) {
        RecordingWorld world = new RecordingWorld();
        ArrangementForm form = ArrangementForm.values()[random.nextInt(ArrangementForm.values().length)];
        ResearcherId researcher = new ResearcherId(new UUID(random.nextLong(), random.nextLong()));
        LocalDate day = START.plusDays(random.nextInt(365));
        Term term = new Term(day.plusDays(random.nextInt(60)), day.plusDays(60 + random.nextInt(700)));
        String enterprise = form == ArrangementForm.SECONDMENT || form == ArrangementForm.ENTERPRISE_TALENT ? ACME : null;
        UUID post = form == ArrangementForm.ENTERPRISE_TALENT ? new UUID(random.nextLong(), random.nextLong()) : null;
        ArrangementId id = new ArrangementId(new UUID(random.nextLong(), random.nextLong()));
        LocalDate applied = day;
        world.input(applied, at -> new ApplyForArrangement(id, researcher, "R", form, UNI, enterprise, post, term, "p", "terms v0",
                defaults(form), at));
        if (random.nextInt(10) == 0) {
            return world.until(asOf); // never approved
        }
        day = day.plusDays(random.nextInt(20));
        LocalDate approvedOn = day;
        Actor approver = defaults(form).approvalDelegated() && random.nextBoolean() ? Actor.partner(UNI) : Actor.operator(null);
        world.input(approvedOn, at -> new ApproveArrangement(approver, 1, defaults(form), approvedOn, at));
        // Signing: each required party, in any order, most within the signing period, some too late.
        List<Party> parties = new java.util.ArrayList<>(defaults(form).signatories());
        java.util.Collections.shuffle(parties, random);
        for (Party party : parties) {
            day = day.plusDays(1 + random.nextInt(12));
            LocalDate today = day;
            int agreement = world.state().agreement().version();
            String org = party == Party.HOST_ENTERPRISE ? ACME : UNI;
            if (random.nextInt(15) == 0) {
                world.input(today, at -> new ChangeAgreementTerms(Actor.partner(UNI), term, "terms changed", at));
            } else {
                world.input(today, at -> new SignAgreement(Actor.partner(org), party, agreement, "S", researcher, at));
            }
        }
        int inputs = random.nextInt(13);
        for (int i = 0; i < inputs; i++) {
            day = day.plusDays(1 + random.nextInt(random.nextInt(4) == 0 ? 400 : 25));
            if (!day.isBefore(asOf)) {
                break; // nothing is recorded after the moment the simulation looks from
            }
            LocalDate today = day;
            Arrangement s = world.state();
            int agreement = s.agreement().version();
            switch (random.nextInt(12)) {
                case 0, 1, 2, 3 -> {
                    Party party = Party.values()[random.nextInt(Party.values().length)];
                    String org = party == Party.HOST_ENTERPRISE ? ACME : UNI;
                    world.input(today, at -> new SignAgreement(Actor.partner(org), party, agreement, "S", researcher, at));
                }
                case 4 -> world.input(today, at -> new ChangeAgreementTerms(Actor.partner(UNI),
                        new Term(term.startsOn(), term.endsOn().plusDays(random.nextInt(30))), "terms " + random.nextInt(3), at));
                case 5 -> world.input(today, at -> new WithdrawArrangement(Actor.partner(UNI), "changed plans", at));
                case 6 -> world.input(today, at -> new ExtendTerm(Actor.partner(UNI), s.term() == null ? today : s.term().endsOn()
                        .plusMonths(1 + random.nextInt(8)), "more time", today, at));
                case 7 -> world.input(today, at -> new GrantDeferral(Actor.partner(UNI), 1 + random.nextInt(12), "deferral", today, at));
                case 8 -> world.input(today, at -> new DecideReturnOrResign(Actor.partner(UNI),
                        random.nextBoolean() ? Ending.RETURNED : Ending.RESIGNED, "decided", today));
                case 9 -> {
                    Ending ending = Ending.values()[random.nextInt(Ending.values().length)];
                    world.input(today, at -> new EndArrangement(Actor.partner(UNI), ending, today.minusDays(random.nextInt(3)), "ended early",
                            today));
                }
                case 10 -> {
                    UUID source = new UUID(random.nextLong(), random.nextLong());
                    UUID venture = new UUID(random.nextLong(), random.nextLong());
                    switch (random.nextInt(3)) {
                        case 0 -> world.input(today, at -> new RecordStartupMilestone("MVP", today, venture, StartupFact.Source.INCUBATION,
                                source, today));
                        case 1 -> world.input(today, at -> new RecordFundingRound(venture, "Seed", Money.of("1000000.00", "CNY"), List.of("Fund A"),
                                today, source));
                        default -> world.input(today, at -> new RecordVentureClosure(venture, "closed", today, source));
                    }
                }
                default -> world.input(today, at -> new ReviewResults(Actor.partner(UNI),
                        ReviewOutcome.values()[random.nextInt(ReviewOutcome.values().length)], List.of()));
            }
        }
        return world.until(asOf);
    }
}
