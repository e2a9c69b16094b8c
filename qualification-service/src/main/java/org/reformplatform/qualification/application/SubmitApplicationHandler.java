package org.reformplatform.qualification.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.SubmitApplication;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.RegionalList;

/**
 * A partner applies for a holder, dated today in the region. The application is judged against the
 * list as it stands (the decider picks the version in force on that date), so this is where the
 * two aggregates meet. The application is complete as submitted: its decision clock starts, with
 * its deadline.
 */
@ApplicationScoped
public class SubmitApplicationHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalList list;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> handle(HolderId holder, String organisation, QualificationId qualification, Certificate certificate) {
        RecognitionApplicationId id = RecognitionApplicationId.random();
        LocalDate today = calendar.today();
        return deadlines.follow(aggregates.handle(RecognitionApplication.TYPE, id, new SubmitApplication(id, holder, organisation,
                qualification, certificate, today, calendar.now(), list.load().state(), RecognitionTimeLimits.inForceOn(today),
                calendar.workingDays())));
    }
}
