package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.AppealRefusal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.DecideAppeal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.MakeRefusalFinal;

/**
 * The right of appeal against a refusal: the holder's organisation appeals within the window (its
 * deadline cancelled), another officer decides the appeal, and a window that closes unused makes the
 * refusal final (run by {@link AppealWindowClosesDeadline}).
 */
@ApplicationScoped
public class AppealHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> appeal(RecognitionApplicationId id, String reason, OptionalInt expectedVersion) {
        return deadlines.follow(applications.decide(id, new AppealRefusal(reason, calendar.today()), expectedVersion));
    }

    public Decision<RecognitionApplication> decide(RecognitionApplicationId id, AppealOutcome outcome, String reasons, String officer,
            OptionalInt expectedVersion) {
        return deadlines.follow(applications.decide(id, new DecideAppeal(outcome, reasons, officer, calendar.today()), expectedVersion));
    }

    public Decision<RecognitionApplication> makeFinal(RecognitionApplicationId id) {
        return deadlines.follow(applications.decide(id, new MakeRefusalFinal(calendar.today()), OptionalInt.empty()));
    }
}
