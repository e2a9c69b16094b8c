package org.reformplatform.admissions.mentoring;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.mentoring.MentorCommand.ChangeCapacity;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A mentor's number of places changes; never below the students they mentor now (see {@link Mentor}). */
@ApplicationScoped
public class ChangeMentorCapacityHandler {

    @Inject
    MentorAccess mentors;

    @Inject
    Aggregates aggregates;

    public Decision<Mentor> handle(MentorId id, int capacity, OptionalInt expectedVersion) {
        mentors.existing(id);
        return aggregates.handle(Mentor.TYPE, id, new ChangeCapacity(capacity), expectedVersion);
    }
}
