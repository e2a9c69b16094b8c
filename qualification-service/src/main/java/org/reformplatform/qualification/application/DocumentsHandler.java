package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RequestDocuments;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.SupplyDocuments;

/**
 * An officer asks the applicant for documents and the decision clock stops (its deadline is
 * cancelled); the documents come and it resumes with the working days it had left (its deadline
 * scheduled again, later).
 */
@ApplicationScoped
public class DocumentsHandler {

    @Inject
    RecognitionApplications applications;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ApplicationDeadlines deadlines;

    public Decision<RecognitionApplication> request(RecognitionApplicationId id, String documents, OptionalInt expectedVersion) {
        return deadlines.follow(applications.decide(id, new RequestDocuments(documents, calendar.today(), calendar.workingDays()),
                expectedVersion));
    }

    public Decision<RecognitionApplication> supply(RecognitionApplicationId id, OptionalInt expectedVersion) {
        return deadlines.follow(applications.decide(id, new SupplyDocuments(calendar.today(), calendar.workingDays()), expectedVersion));
    }
}
