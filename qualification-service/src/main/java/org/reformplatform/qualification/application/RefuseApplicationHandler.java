package org.reformplatform.qualification.application;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RefuseApplication;

/** An operator refuses a submitted or verified application, with a reason of their own. */
@ApplicationScoped
public class RefuseApplicationHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    public Decision<RecognitionApplication> handle(RecognitionApplicationId id, String reason, OptionalInt expectedVersion) {
        return applications.decide(id, new RefuseApplication(reason, calendar.today()), expectedVersion);
    }
}
