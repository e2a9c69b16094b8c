package org.reformplatform.admissions.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** Reading one mentor from their stream (operators and analysts see every mentor). */
@ApplicationScoped
public class MentorAccess {

    @Inject
    Aggregates aggregates;

    /** The mentor as of now; 404 if there is none. */
    public Loaded<Mentor> existing(MentorId id) {
        return aggregates.load(Mentor.TYPE, id,
                () -> RuleViolation.notFound("unknown-mentor", "There is no mentor " + id.value()).with("mentorId", id.value().toString()));
    }

    /** A member of a mentor team: the mentor, of the kind they are registered as; 404 if there is none. */
    public TeamMember member(MentorId id) {
        return new TeamMember(id, existing(id).state().kind());
    }
}
