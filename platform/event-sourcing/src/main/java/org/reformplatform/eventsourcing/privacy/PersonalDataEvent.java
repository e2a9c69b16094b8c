package org.reformplatform.eventsourcing.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * The audit trail of erasures, the same in every service (the kernel adds it to each service's
 * catalogue and topic): it names the subject by its id and says what was done, never what was
 * erased.
 */
public sealed interface PersonalDataEvent {

    /** The stream type of a subject's erasure trail; the stream id is {@code personal-data:<subject>}. */
    String STREAM_TYPE = "PersonalData";

    /**
     * A data subject was forgotten by this service: its key deleted (history now reads as erased)
     * and its read-model rows scrubbed ({@code scrubbedRows}, by read model).
     */
    record SubjectForgotten(String subject, boolean keyDeleted, Map<String, Integer> scrubbedRows, String requestedBy,
            Instant forgottenAt) implements PersonalDataEvent {
    }
}
