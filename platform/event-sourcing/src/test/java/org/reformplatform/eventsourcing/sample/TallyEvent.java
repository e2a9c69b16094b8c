package org.reformplatform.eventsourcing.sample;

import org.reformplatform.eventsourcing.domain.PersonalData;

/** A sample aggregate for the kernel's own tests: a named tally that can be incremented. */
public sealed interface TallyEvent {

    record TallyOpened(TallyId id, @PersonalData String owner, String organisation, int limit) implements TallyEvent {
    }

    record TallyIncremented(TallyId id, int by, String note) implements TallyEvent {
    }
}
