package org.reformplatform.admissions.student;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.Mentor;
import org.reformplatform.admissions.mentoring.MentorAccess;
import org.reformplatform.admissions.mentoring.MentorCommand.ReleaseMentee;
import org.reformplatform.admissions.mentoring.MentorCommand.TakeMentee;
import org.reformplatform.admissions.mentoring.TeamMember;
import org.reformplatform.admissions.student.StudentCommand.RematchMentor;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A mentor is replaced by another, both recorded; the previous mentor's place is freed and the new one's taken, together. */
@ApplicationScoped
public class RematchMentorHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    MentorAccess mentors;

    @Inject
    Clock clock;

    public Decision<Student> handle(StudentId student, MentorId previous, MentorId next, String reason, OptionalInt expectedVersion) {
        TeamMember newMentor = mentors.member(next);
        Decision<Student> decision = aggregates.handle(Student.TYPE, student, new RematchMentor(previous, newMentor, reason, clock.instant()),
                expectedVersion);
        aggregates.handle(Mentor.TYPE, previous, new ReleaseMentee(student));
        aggregates.handle(Mentor.TYPE, next, new TakeMentee(student));
        return decision;
    }
}
