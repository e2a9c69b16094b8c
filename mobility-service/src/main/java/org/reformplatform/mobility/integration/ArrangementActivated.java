package org.reformplatform.mobility.integration;

import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.mobility.arrangement.ArrangementForm;

/**
 * This service's own event, read back from its topic like any other service's: an arrangement
 * became active. A leave-to-found one is where its researcher's venture facts are recorded.
 */
@Contract(event = "mobility.ArrangementActivated", version = 1)
record ArrangementActivated(UUID arrangementId, UUID researcherId, ArrangementForm form) {
}
