package org.reformplatform.admissions.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.student.Student;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;

/**
 * Mentors act with the platform role they already hold (academic staff, enterprise partners); they
 * are recognised by the token subject recorded when they were registered.
 */
@ApplicationScoped
public class MentorIdentity {

    @Inject
    Aggregates aggregates;

    /** Whether the subject is this mentor. */
    public boolean is(MentorId mentor, String subject) {
        Loaded<Mentor> loaded = aggregates.load(Mentor.TYPE, mentor);
        return loaded.exists() && subject != null && subject.equals(loaded.state().subject());
    }

    /** Whether the subject is one of the student's current mentors. */
    public boolean mentors(Student student, String subject) {
        return student.team().active().stream().anyMatch(m -> is(m.mentorId(), subject));
    }
}
