package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RecogniseApplication;

/** An operator recognises a verified application, as its own list version lists the qualification. */
@ApplicationScoped
public class RecogniseApplicationHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> handle(RecognitionApplicationId id, OptionalInt expectedVersion) {
        LocalDate today = calendar.today();
        return deadlines.follow(applications.decide(id, new RecogniseApplication(today), expectedVersion));
    }
}
