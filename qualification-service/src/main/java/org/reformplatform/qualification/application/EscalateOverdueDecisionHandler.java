package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.EscalateOverdueDecision;

/** The decision clock ran out undecided: the application is escalated. Run by its deadline ({@link DecisionDueDeadline}). */
@ApplicationScoped
public class EscalateOverdueDecisionHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> handle(RecognitionApplicationId id) {
        return deadlines.follow(applications.decide(id, new EscalateOverdueDecision(calendar.today()), OptionalInt.empty()));
    }
}
