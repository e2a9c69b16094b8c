package org.reformplatform.admissions.student;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.Mentor;
import org.reformplatform.admissions.mentoring.MentorAccess;
import org.reformplatform.admissions.mentoring.MentorCommand.TakeMentee;
import org.reformplatform.admissions.mentoring.TeamMember;
import org.reformplatform.admissions.student.StudentCommand.FormMentorTeam;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * A student's mentor team is formed (一生一策): the team in the student's stream, a place taken in
 * each mentor's stream in the same transaction, where the mentor's capacity is enforced.
 */
@ApplicationScoped
public class FormMentorTeamHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    MentorAccess mentors;

    @Inject
    Clock clock;

    public Decision<Student> handle(StudentId student, List<MentorId> mentorIds, OptionalInt expectedVersion) {
        List<TeamMember> members = mentorIds.stream().map(mentors::member).toList();
        Decision<Student> decision = aggregates.handle(Student.TYPE, student, new FormMentorTeam(members, clock.instant()), expectedVersion);
        for (TeamMember member : members) {
            aggregates.handle(Mentor.TYPE, member.mentorId(), new TakeMentee(student));
        }
        return decision;
    }
}
