package org.reformplatform.mobility.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.mobility.arrangement.ArrangementForm;

/** This service's own event, read back from its topic: an arrangement ended, and with it the days its researcher's venture facts belong to it. */
@Contract(event = "mobility.ArrangementEnded", version = 1)
record ArrangementEnded(UUID arrangementId, UUID researcherId, ArrangementForm form, LocalDate endedOn) {
}
