package org.reformplatform.incubation.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordLeaveToFound;
import org.reformplatform.incubation.founder.FounderRecordId;
import org.reformplatform.incubation.venture.FounderKind;

/**
 * What this service reads of mobility-service's {@code ArrangementActivated}. The form is read as
 * text, not as an enum: a form mobility-service adds later is one more form that is not the centre's
 * business, not an event to refuse. The producer's schema lets the descriptive fields be null, and
 * they are only copied onto the record.
 */
@Contract(event = "mobility.ArrangementActivated", version = 1)
record ArrangementActivated(
        UUID arrangementId,
        UUID researcherId,
        String form,
        @Contract.Optional String institution,
        @Contract.Optional String enterprise,
        @Contract.Optional LocalDate startsOn,
        @Contract.Optional LocalDate endsOn) {

    static final String LEAVE_TO_FOUND = "LEAVE_TO_FOUND";

    /** Leave to found a start-up (离岗创业): the only form that vouches for a founder. */
    boolean isLeaveToFound() {
        return LEAVE_TO_FOUND.equals(form);
    }

    /** The arrangement as the evidence it is for the researcher's founder record. */
    RecordLeaveToFound evidence() {
        return new RecordLeaveToFound(FounderRecordId.of(FounderKind.RESEARCHER, researcherId), researcherId, arrangementId, institution,
                enterprise, startsOn, endsOn);
    }
}
