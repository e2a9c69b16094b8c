package org.reformplatform.admissions.mentoring;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mentor in a list, from the mentor-load read model. */
@Schema(name = "MentorListing")
public record MentorListing(UUID id, String name, MentorKind kind, String affiliation, int capacity, int students, int freePlaces) {

    static MentorListing of(MentorLoad row) {
        return new MentorListing(row.id, row.name, row.kind, row.affiliation, row.capacity, row.students, row.capacity - row.students);
    }
}
