package org.reformplatform.admissions.student;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.Mentor;
import org.reformplatform.admissions.mentoring.MentorCommand.ReleaseMentee;
import org.reformplatform.admissions.mentoring.MentorIdentity;
import org.reformplatform.admissions.mentoring.MentorshipSide;
import org.reformplatform.admissions.student.StudentCommand.EndMentorship;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A mentorship ends (合伙人式: either side may end it): the mentor themself, or an operator for the
 * student's side. The mentor's place is freed in the same transaction.
 */
@ApplicationScoped
public class EndMentorshipHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    MentorIdentity identity;

    @Inject
    Clock clock;

    /**
     * Which side ends it: the mentor, when the caller is the mentor themself; the side an operator
     * records (the student's unless said). Anyone else is refused.
     *
     * @param actingMentor the token subject of a caller who is not an operator, or null for an operator
     */
    public MentorshipSide side(MentorId mentor, String actingMentor, MentorshipSide operatorSide) {
        if (actingMentor == null) {
            return operatorSide == null ? MentorshipSide.STUDENT : operatorSide;
        }
        if (!identity.is(mentor, actingMentor)) {
            throw RuleViolation.forbidden("not-this-mentor", "Only the mentor themself or an operator ends a mentorship");
        }
        return MentorshipSide.MENTOR;
    }

    public Decision<Student> handle(StudentId student, MentorId mentor, MentorshipSide side, String reason, OptionalInt expectedVersion) {
        Decision<Student> decision = aggregates.handle(Student.TYPE, student, new EndMentorship(mentor, side, reason, clock.instant()),
                expectedVersion);
        aggregates.handle(Mentor.TYPE, mentor, new ReleaseMentee(student));
        return decision;
    }
}
