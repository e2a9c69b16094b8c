package org.reformplatform.incubation.integration;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordStudentAdmission;
import org.reformplatform.incubation.founder.VouchForFounderHandler;

/**
 * {@code admissions.StudentAdmitted.v1}: the centre learns of an admitted student, and any venture
 * that named the student as a founder before gets the founder verified. Read as the
 * {@link StudentAdmitted} contract.
 */
@ApplicationScoped
public class StudentAdmittedHandler implements ForeignEventHandler {

    @Inject
    VouchForFounderHandler vouching;

    @Inject
    CommandMetadata metadata;

    @ConfigProperty(name = "incubation.integration.admissions-topic", defaultValue = "admissions.events")
    String topic;

    @Override
    public String name() {
        return "student-admissions";
    }

    @Override
    public List<String> topics() {
        return List.of(topic);
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("admissions.StudentAdmitted");
    }

    @Override
    public void handle(ForeignEvent event) {
        RecordStudentAdmission admission = event.as(StudentAdmitted.class).evidence();
        Caused.by(metadata, event, () -> vouching.handle(admission, event.envelope().time()));
    }
}
