package org.reformplatform.eventsourcing.store;

import java.util.List;

/**
 * Fired synchronously, inside the appending transaction, with the events just appended as they are
 * stored: what inline projections apply in the command's own transaction.
 */
public record EventsAppended(List<StoredEvent> events) {
}
