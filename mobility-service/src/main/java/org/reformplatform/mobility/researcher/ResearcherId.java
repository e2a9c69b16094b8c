package org.reformplatform.mobility.researcher;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * A researcher, as the partner institution identifies them: the institution chooses the UUID and
 * uses it in every service (mobility, evaluation, qualification, incubation).
 */
public record ResearcherId(UUID value) implements Id {
}
