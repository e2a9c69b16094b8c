package org.reformplatform.incubation.partner;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * A partner is its organisation: the {@code org} claim its tokens carry. The id is derived from the
 * organisation id, so that one organisation is one partner (registering it twice meets the same
 * stream) and a partner's own records are found from its token alone.
 */
public record PartnerId(UUID value) implements Id {

    public static PartnerId forOrganisation(String organisation) {
        return new PartnerId(UUID.nameUUIDFromBytes(("incubation-partner:" + organisation).getBytes(StandardCharsets.UTF_8)));
    }
}
