package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.VerifyApplication;

/** An operator records that the certificate was checked; the decider compares its issuer with the listed issuing body. */
@ApplicationScoped
public class VerifyApplicationHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> handle(RecognitionApplicationId id, String officer, OptionalInt expectedVersion) {
        LocalDate today = calendar.today();
        return deadlines.follow(applications.decide(id, new VerifyApplication(today, officer, RecognitionTimeLimits.inForceOn(today)), expectedVersion));
    }
}
