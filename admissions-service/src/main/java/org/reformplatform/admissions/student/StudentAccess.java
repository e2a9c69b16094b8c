package org.reformplatform.admissions.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.MentorIdentity;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Who may see a student: operators, the organisation that applied for them, and their current
 * mentors. Who may work on the plan: operators and current mentors. Others are told it does not exist.
 */
@ApplicationScoped
public class StudentAccess {

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    @Inject
    MentorIdentity mentors;

    public Loaded<Student> visible(StudentId id) {
        Loaded<Student> loaded = aggregates.load(Student.TYPE, id, () -> unknown(id));
        Student student = loaded.state();
        boolean owner = caller.is(Roles.PARTNER) && caller.mayAccess(student.organisation());
        if (!caller.is(Roles.OPERATOR) && !owner && !mentoredBy(student, caller.subject())) {
            throw unknown(id);
        }
        return loaded;
    }

    /** For the plan: an operator or one of the student's current mentors. */
    public Loaded<Student> plannable(StudentId id) {
        Loaded<Student> loaded = visible(id);
        if (!caller.is(Roles.OPERATOR) && !mentoredBy(loaded.state(), caller.subject())) {
            throw RuleViolation.forbidden("mentor-or-operator-only", "Only the student's mentors and operators work on the plan");
        }
        return loaded;
    }

    public static RuleViolation unknown(StudentId id) {
        return RuleViolation.notFound("unknown-student", "There is no student " + id.value());
    }

    /** Whether the subject is one of the student's current mentors. */
    private boolean mentoredBy(Student student, String subject) {
        return student.team().active().stream().anyMatch(m -> mentors.is(m.mentorId(), subject));
    }
}
