package org.reformplatform.incubation.partner;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner in a list, from the read model. */
@Schema(name = "PartnerListing")
public record PartnerListing(UUID id, String organisation, String name, PartnerKind kind) {

    static PartnerListing of(PartnerSummary row) {
        return new PartnerListing(row.id, row.organisation, row.name, row.kind);
    }
}
