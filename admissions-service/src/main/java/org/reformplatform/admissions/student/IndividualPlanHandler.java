package org.reformplatform.admissions.student;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * Work on a student's individual plan (一生一策): goals, milestones planned and reached, progress
 * notes. Open-ended: no fixed programme length, progress by research milestones (see {@link IndividualPlan}).
 */
@ApplicationScoped
public class IndividualPlanHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    /** @param change the plan command, made at the time given */
    public Decision<Student> handle(StudentId student, Function<Instant, StudentCommand> change, OptionalInt expectedVersion) {
        return aggregates.handle(Student.TYPE, student, change.apply(clock.instant()), expectedVersion);
    }
}
