package org.reformplatform.admissions.student;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.student.StudentEvent.StudentAdmitted;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Admitted students, for admissions per month and per intake event: rolling intake made visible. */
@ApplicationScoped
public class AdmissionsView implements Projection {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "admissions";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(StudentAdmitted.class);
    }

    @Override
    public List<String> tables() {
        return List.of("admitted_students");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        StudentAdmitted admitted = (StudentAdmitted) recorded.event();
        if (AdmittedStudent.findById(admitted.studentId().value()) != null) {
            return;
        }
        AdmittedStudent row = new AdmittedStudent();
        row.studentId = admitted.studentId().value();
        row.applicationId = admitted.applicationId().value();
        row.intakeEventId = admitted.intakeEventId().value();
        row.organisation = admitted.organisation();
        row.candidateName = admitted.candidateName();
        row.admittedAt = admitted.admittedAt();
        row.admittedMonth = MONTH.format(admitted.admittedAt());
        row.persist();
    }
}
