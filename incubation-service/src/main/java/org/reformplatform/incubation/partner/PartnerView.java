package org.reformplatform.incubation.partner;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;

/** A partner as the API shows it: its agreements, and what it donated in total (exact, per currency). */
@Schema(name = "Partner")
public record PartnerView(
        UUID id,
        @Schema(description = "The organisation id: the 'org' claim of the partner's tokens") String organisation,
        String name,
        PartnerKind kind,
        List<AgreementView> agreements,
        int donations,
        @Schema(description = "Donations and sponsorship in total, one amount per currency") List<Money> donated) {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id().value(), p.organisation(), p.name(), p.kind(), p.agreements().stream().map(AgreementView::of).toList(),
                p.donations().size(), p.donated().asList());
    }
}
