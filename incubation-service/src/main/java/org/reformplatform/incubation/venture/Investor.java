package org.reformplatform.incubation.venture;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * An investor in a funding round: a partner of the centres ({@code partnerId} and its
 * {@code organisation}) or an external investor (both null). {@code commitment} is what this
 * investor put in, when the round says so; otherwise null.
 */
public record Investor(@NotPersonalData("an investor as named on a funding round: a commercial party acting as such; mobility records it") String name, PartnerId partnerId, String organisation, Money commitment) {

    public static Investor external(String name, Money commitment) {
        return new Investor(name, null, null, commitment);
    }

    public static Investor partner(String name, PartnerId partnerId, String organisation, Money commitment) {
        return new Investor(name, partnerId, organisation, commitment);
    }
}
