package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.CompleteCompensation;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.LapseCompensation;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RecogniseOnCondition;

/**
 * Recognition with a compensation measure: an officer recognises on condition (the measure's due
 * date a deadline), records the measure completed (recognised, the deadline cancelled), or the due
 * date passes and the conditional recognition lapses (run by {@link CompensationDueDeadline}).
 */
@ApplicationScoped
public class CompensationHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> recogniseOnCondition(RecognitionApplicationId id, CompensationMeasure measure,
            String substantialDifferences, LocalDate completeBy, OptionalInt expectedVersion) {
        LocalDate today = calendar.today();
        return deadlines.follow(applications.decide(id, new RecogniseOnCondition(measure, substantialDifferences, completeBy, today,
                RecognitionTimeLimits.inForceOn(today)), expectedVersion));
    }

    public Decision<RecognitionApplication> complete(RecognitionApplicationId id, OptionalInt expectedVersion) {
        return deadlines.follow(applications.decide(id, new CompleteCompensation(calendar.today()), expectedVersion));
    }

    public Decision<RecognitionApplication> lapse(RecognitionApplicationId id) {
        return deadlines.follow(applications.decide(id, new LapseCompensation(calendar.today()), OptionalInt.empty()));
    }
}
