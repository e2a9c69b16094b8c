package org.reformplatform.admissions.mentoring;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mentor as the API shows it, current as of now. */
@Schema(name = "Mentor")
public record MentorView(UUID id, String name, MentorKind kind, String affiliation, String subject, UUID researcherId, int capacity,
        int students, int freePlaces, List<UUID> studentIds) {

    static MentorView of(Mentor m) {
        return new MentorView(m.id().value(), m.name(), m.kind(), m.affiliation(), m.subject(), m.researcherId(), m.capacity(), m.mentees().size(), m.freePlaces(),
                m.mentees().stream().map(s -> s.value()).sorted().toList());
    }
}
