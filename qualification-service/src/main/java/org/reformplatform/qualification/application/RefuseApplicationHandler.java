package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RefuseApplication;

/** An officer refuses a submitted or verified application, with reasons; the refusal opens the appeal window (a deadline). */
@ApplicationScoped
public class RefuseApplicationHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> handle(RecognitionApplicationId id, String officer, String reason, OptionalInt expectedVersion) {
        LocalDate today = calendar.today();
        return deadlines.follow(applications.decide(id, new RefuseApplication(reason, today, officer, RecognitionTimeLimits.inForceOn(today)),
                expectedVersion));
    }
}
