package org.reformplatform.eventsourcing.conflict;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/**
 * What a service's "relations checked" event says, in the kernel's terms: the checks made between
 * {@code checker} and {@code subject} at {@code checkedAt}.
 */
public record RelationsChecked(UUID subject, String checker, List<RelationCheck> checks, Instant checkedAt) {
}
