package org.reformplatform.admissions.integration;

import java.util.UUID;

/** A founder of a venture, as incubation's founder events name them: by student id or by researcher id. */
public sealed interface Founder permits FounderJoined, FounderVerified {

    enum Kind { STUDENT, RESEARCHER, EXTERNAL }

    UUID ventureId();

    Kind founderKind();

    UUID studentId();

    UUID researcherId();

    /** The person, by the id their kind is known by in every service; null for an external founder. */
    default UUID personId() {
        return switch (founderKind()) {
            case STUDENT -> studentId();
            case RESEARCHER -> researcherId();
            case EXTERNAL -> null;
        };
    }
}
