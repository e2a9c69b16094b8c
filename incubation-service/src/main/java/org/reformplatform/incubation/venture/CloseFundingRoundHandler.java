package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.partner.Partner;
import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.incubation.venture.VentureCommand.CloseFundingRound;

/**
 * A venture closed an investment round. Investors that are partners of the centres are named by
 * their partner id: the round records the partner's name (unless another is given) and
 * organisation as its stream says now, so that partners find their investments; naming a partner
 * that does not exist is refused (422).
 */
@ApplicationScoped
public class CloseFundingRoundHandler {

    /** An investor as the operator names it: a partner ({@code partner}; {@code name} optional) or an external investor ({@code name}). */
    public record NamedInvestor(PartnerId partner, String name, Money commitment) {
    }

    @Inject
    Aggregates aggregates;

    public Decision<Venture> handle(VentureId venture, String roundName, Money amount, List<NamedInvestor> investors, LocalDate closedOn,
            OptionalInt expectedVersion) {
        aggregates.load(Venture.TYPE, venture, () -> VentureAccess.unknown(venture));
        List<Investor> named = new ArrayList<>();
        for (NamedInvestor investor : investors) {
            named.add(investor(investor));
        }
        return aggregates.handle(Venture.TYPE, venture, new CloseFundingRound(roundName, amount, named, closedOn), expectedVersion);
    }

    private Investor investor(NamedInvestor named) {
        if (named.partner() == null) {
            return Investor.external(named.name(), named.commitment());
        }
        Loaded<Partner> partner = aggregates.load(Partner.TYPE, named.partner());
        if (!partner.exists()) {
            throw RuleViolation.invalid("unknown-investor-partner", "There is no partner " + named.partner().value())
                    .with("partnerId", named.partner().value().toString());
        }
        String name = named.name() == null || named.name().isBlank() ? partner.state().name() : named.name();
        return Investor.partner(name, partner.state().id(), partner.state().organisation(), named.commitment());
    }
}
