package org.reformplatform.admissions.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.student.StudentCommand.AdmitStudent;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * Admission creates the student in the same transaction as the decision that admits the
 * application (by the policy or by the committee): never an admitted application without its
 * student, and {@code admissions.StudentAdmitted.v1} is published with it.
 */
@ApplicationScoped
public class StudentAdmissions {

    @Inject
    Aggregates aggregates;

    /**
     * Admits the student if the decision admitted the application; inside the caller's transaction.
     * The student's stream is new (its id is derived from the application, which is admitted once),
     * so it is created without a read; were it there already, the append would fail, never overwrite.
     */
    public void admitIfAdmitted(Decision<Application> decision) {
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            if (recorded.event() instanceof ApplicationAdmitted admitted) {
                Application application = decision.state();
                aggregates.create(Student.TYPE, admitted.studentId(), new AdmitStudent(admitted.studentId(), admitted.applicationId(),
                        admitted.intakeEventId(), application.candidate().name(), application.organisation(), admitted.decidedAt()));
            }
        }
    }
}
