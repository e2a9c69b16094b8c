package org.reformplatform.eventsourcing.privacy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The audit trail of erasures, the same in every service (the kernel adds it to each service's
 * catalogue and topic): it names the subject by its id and says what was done, never what was
 * erased.
 */
public sealed interface PersonalDataEvent {

    /** The stream type of a subject's erasure trail; the stream id is {@code personal-data:<subject>}. */
    String STREAM_TYPE = "PersonalData";

    /**
     * The event types of a platform-wide erasure: the relay copies them to the service's erasure
     * topic, which the other services read instead of its whole event topic.
     */
    Set<String> EVENT_TYPES = Arrays.stream(PersonalDataEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * A data subject was forgotten by this service: its key deleted (history now reads as erased)
     * and its read-model rows scrubbed ({@code scrubbedRows}, by read model). {@code requestId}: the
     * platform-wide request it answers, if any (this service's report of completion).
     */
    record SubjectForgotten(String subject, boolean keyDeleted, Map<String, Integer> scrubbedRows, String requestedBy,
            Instant forgottenAt, UUID requestId) implements PersonalDataEvent {
    }

    /**
     * An operator asked the whole platform to forget a person, named by the ids the services know
     * them by. Every service forgets each subject and reports it with {@link SubjectForgotten}; the
     * request is done when every service has. Stream {@code erasure-request:<requestId>}.
     */
    record ErasureRequested(UUID requestId, List<String> subjects, String requestedBy, Instant requestedAt) implements PersonalDataEvent {
    }
}
