package org.reformplatform.admissions.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.mentoring.MentorIdentity;
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
}
