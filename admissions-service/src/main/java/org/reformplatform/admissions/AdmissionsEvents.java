package org.reformplatform.admissions;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.intake.IntakeEventEvent;
import org.reformplatform.admissions.mentoring.MentorEvent;
import org.reformplatform.admissions.student.StudentEvent;
import org.reformplatform.eventsourcing.store.EventCatalog;

/** Every event admissions-service publishes on {@code admissions.events}. */
@ApplicationScoped
public class AdmissionsEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventFamilies() {
        return List.of(IntakeEventEvent.class, ApplicationEvent.class, StudentEvent.class, MentorEvent.class);
    }
}
