package org.reformplatform.evaluation.integration;

import java.util.concurrent.Callable;

import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.store.EventMetadata;

/** Runs the command an event of another service causes, so that the events it records point back at that event. */
final class EvidenceCommands {

    private EvidenceCommands() {
    }

    static void run(CommandMetadata metadata, ForeignEvent cause, String actor, Callable<?> command) {
        try {
            metadata.runAs(EventMetadata.causedBy(cause.envelope().id(), cause.envelope().correlationId(), actor), command);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
