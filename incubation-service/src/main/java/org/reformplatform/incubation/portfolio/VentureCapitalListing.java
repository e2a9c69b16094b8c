package org.reformplatform.incubation.portfolio;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.venture.VentureStage;

/** A venture in the portfolio with the capital it raised, exact, one amount per currency: from the read models. */
@Schema(name = "VentureCapital")
public record VentureCapitalListing(UUID ventureId, String centre, String name, VentureStage stage, long rounds, List<Money> capitalRaised) {
}
