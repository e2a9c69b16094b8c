package org.reformplatform.eventsourcing.privacy;

import java.util.List;
import java.util.Map;

/**
 * A read model (or other table) of a service that keeps personal data in clear: it says what it
 * holds about a subject (for a subject-access request) and scrubs it (for an erasure). The events
 * need no such code: their personal fields are sealed and forgetting the key erases them. Register
 * as a CDI bean; the kernel's {@link SubjectRequests} calls every one.
 */
public interface PersonalDataHolder {

    /** The read model's name, as in the access document and the audit event. */
    String name();

    /** The subject's rows (column to value), as they are. */
    List<Map<String, Object>> describe(String subject);

    /**
     * Replaces the subject's personal columns with {@link org.reformplatform.eventsourcing.domain.PersonalData#ERASED}
     * (or null), keeping the rows, so that counts stay right. Runs in the erasure's transaction.
     *
     * @return the number of rows changed
     */
    int scrub(String subject);
}
