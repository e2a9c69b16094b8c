package org.reformplatform.admissions.ids;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.eventsourcing.domain.Id;

/** A student, as every service knows them: the id admissions assigns on admission. */
public record StudentId(UUID value) implements Id {

    /**
     * The student an admitted application becomes. Derived from the application, so that an
     * application yields at most one student however often its admission is replayed or retried.
     */
    public static StudentId admittedFrom(ApplicationId application) {
        return new StudentId(UUID.nameUUIDFromBytes(("admissions/student-of/" + application.value()).getBytes(StandardCharsets.UTF_8)));
    }
}
