package org.reformplatform.evaluation.researcher;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/** A researcher, by the {@code researcherId} the partner institution chose and uses in every service. */
public record ResearcherId(UUID value) implements Id {
}
