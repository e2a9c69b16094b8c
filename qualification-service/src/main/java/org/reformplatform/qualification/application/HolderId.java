package org.reformplatform.qualification.application;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * The holder of a foreign certificate: the researcher id the partner institution chose and uses
 * in every service, so that evaluation-service can attach a recognised title equivalence to the
 * same researcher.
 */
public record HolderId(UUID value) implements Id {
}
