package org.reformplatform.incubation.integration;

import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.store.EventMetadata;

/** Runs work whose events point at the foreign event that caused them (same correlation, causation = that event). */
final class Caused {

    private Caused() {
    }

    static void by(CommandMetadata metadata, ForeignEvent cause, Runnable work) {
        EventMetadata caused = EventMetadata.causedBy(cause.envelope().id(), cause.envelope().correlationId(), cause.envelope().source());
        try {
            metadata.runAs(caused, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
