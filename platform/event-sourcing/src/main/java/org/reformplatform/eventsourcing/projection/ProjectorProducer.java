package org.reformplatform.eventsourcing.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.reformplatform.eventsourcing.privacy.PersonalDataSealer;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/** The one {@link Projector} of the service: live batches, rebuilds and verifications share it. */
@ApplicationScoped
class ProjectorProducer {

    @Produces
    @Singleton
    Projector projector(Transactions transactions, EventStore store, org.reformplatform.eventsourcing.privacy.SubjectRequests subjects,
            PersonalDataSealer sealer) {
        // A page's data-subject keys are read in one statement before its events are decoded.
        return new Projector(transactions, stored -> Delivered.asPublished(store.decode(stored)), subjects::scrubAfterErasure,
                page -> sealer.holdKeysToOpen(page.stream().map(StoredEvent::payload).toList()));
    }
}
