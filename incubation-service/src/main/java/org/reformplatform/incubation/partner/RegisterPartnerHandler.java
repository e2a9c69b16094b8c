package org.reformplatform.incubation.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.partner.PartnerCommand.RegisterPartner;

/**
 * An organisation becomes a partner of the centres. Its id is derived from the organisation, so
 * registering the same organisation twice meets the same stream and is refused (partner-exists).
 */
@ApplicationScoped
public class RegisterPartnerHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Partner> handle(String organisation, String name, PartnerKind kind) {
        PartnerId id = PartnerId.forOrganisation(organisation);
        return aggregates.handle(Partner.TYPE, id, new RegisterPartner(id, organisation, name, kind));
    }
}
